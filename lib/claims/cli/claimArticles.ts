import { z } from 'zod'
import { resolveClaimReferences } from '../resolveClaimReferences'
import type { ArticleToCheck } from '../claimsReport'

// Articles from outside (the dataset file, the Content Lake) are parsed before they are checked:
// the text fields the check reads must be strings or arrays, anything else is dropped.

const acknowledgementSchema = z.object({
  ruleId: z.string(),
  quote: z.string(),
  reviewer: z.object({ _ref: z.string() }).loose().optional().catch(undefined),
  date: z.string().optional().catch(undefined),
  note: z.string().optional().catch(undefined),
})

const text = z.string().nullish().catch(null)
const blocks = z.array(z.unknown()).nullish().catch(null)
const reference = z.object({ _ref: z.string() }).loose()
const takeaway = z.object({ _id: z.string(), text }).loose()
const faq = z.object({ _id: z.string(), answer: blocks }).loose()

export const claimArticleSchema = z.object({
  _id: z.string(),
  slug: z.union([z.string(), z.object({ current: z.string() }).transform((slug) => slug.current)]),
  title: text,
  excerpt: text,
  seo: z.object({ metaDescription: text }).loose().nullish().catch(null),
  intro: blocks,
  sections: z
    .array(
      z
        .object({
          _key: z.string().optional(),
          heading: text,
          body: blocks,
          takeaway: z.union([takeaway, reference]).nullish().catch(null),
        })
        .loose(),
    )
    .nullish()
    .catch(null),
  conclusion: blocks,
  faqs: z
    .array(z.union([faq, reference]).nullable().catch(null))
    .nullish()
    .catch(null)
    .transform((items) => items?.filter((item) => item !== null)),
  claimAcknowledgements: z
    .array(acknowledgementSchema.nullable().catch(null))
    .nullish()
    .catch(null)
    .transform((items) => items?.filter((item) => item !== null)),
})

/** The published articles of a list of documents (an exported dataset), references resolved in it. */
export function articlesFromDocuments(documents: readonly { _id: string; _type: string }[]): ArticleToCheck[] {
  const published = documents.filter((document) => !/^(drafts|versions)\./.test(document._id))
  const byId = new Map(published.map((document) => [document._id, document]))
  return published
    .filter((document) => document._type === 'article')
    .flatMap((document) => {
      const parsed = claimArticleSchema.safeParse(document)
      return parsed.success ? [resolveClaimReferences(parsed.data, (id) => byId.get(id))] : []
    })
}

/** GROQ for the same articles from a Content Lake: takeaways and FAQs dereferenced by the query. */
export const CLAIM_ARTICLES_QUERY = `*[_type == "article" && defined(slug.current)]{
  _id, "slug": slug.current, title, excerpt, seo{metaDescription}, intro,
  sections[]{_key, heading, body, "takeaway": takeaway->{_id, text}},
  conclusion, "faqs": faqs[]->{_id, answer}, claimAcknowledgements
}`

/** The query's result, parsed article by article (a malformed one is skipped, not fatal). */
export function articlesFromQuery(result: unknown): ArticleToCheck[] {
  return (Array.isArray(result) ? result : []).flatMap((item) => {
    const parsed = claimArticleSchema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}
