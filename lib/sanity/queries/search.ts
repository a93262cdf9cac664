import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { compactList, topicRefSchema } from '../schemas/common'
import { rawList } from '../schemas/rawList'
import { parseDocument, parseList } from '../validate'
import { listedArticleFilter, topicRefFields } from './fragments'

/** Most results one search shows, best first. */
export const SEARCH_RESULT_LIMIT = 20

// Everything a reader can search, as one list of strings, so the words of a search may be
// spread over different parts of an article. A missing part becomes "" rather than null:
// array::join gives null for a list holding a null, and a null here would hide the rest.
const searchableText = /* groq */ `[
  title,
  coalesce(excerpt, ""),
  coalesce(pt::text(intro), ""),
  coalesce(array::join(array::compact(sections[].heading), " "), ""),
  coalesce(pt::text(sections[].body[]), ""),
  coalesce(array::join(array::compact(sections[].takeaway->text), " "), ""),
  coalesce(array::join(array::compact(faqs[]->question), " "), ""),
  coalesce(pt::text(faqs[]->answer[]), ""),
  coalesce(pt::text(conclusion), "")
]`

const matchingArticles = /* groq */ `*[${listedArticleFilter} && ${searchableText} match $terms]`

// $terms is always a parameter: what a reader types never becomes part of the query text.
// score() ranks a match in the title above one in a summary, and those above one in the body.
export const searchQuery = defineQuery(`{
  "total": count(${matchingArticles}),
  "results": ${matchingArticles} | score(
    boost(title match $terms, 5),
    boost(excerpt match $terms, 3),
    boost(sections[].heading match $terms, 2),
    boost(sections[].takeaway->text match $terms, 2),
    boost(faqs[]->question match $terms, 2),
    pt::text(intro) match $terms,
    pt::text(sections[].body[]) match $terms,
    pt::text(faqs[]->answer[]) match $terms,
    pt::text(conclusion) match $terms
  ) | order(_score desc, publishedAt desc, _id asc)[0...$limit]{
    _id,
    title,
    "slug": slug.current,
    excerpt,
    publishedAt,
    "topics": topics[]->{ ${topicRefFields} },
    "intro": pt::text(intro),
    "sections": sections[]{ heading, "anchor": anchor.current, "body": pt::text(body), "takeaway": takeaway->text },
    "faqs": faqs[]->{ question, "answer": pt::text(answer) },
    "conclusion": pt::text(conclusion)
  }
}`)

const text = z.string().nullish()

export const searchHitSchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  excerpt: text,
  publishedAt: z.string(),
  topics: compactList(topicRefSchema),
  intro: text,
  sections: compactList(z.object({ heading: text, anchor: text, body: text, takeaway: text })),
  faqs: compactList(z.object({ question: text, answer: text })),
  conclusion: text,
})
export type SearchHit = z.infer<typeof searchHitSchema>

export const searchSchema = z.object({ total: z.number().int().nonnegative(), results: rawList })

/** The best SEARCH_RESULT_LIMIT articles matching every term, and how many match in all. */
export async function searchArticles(terms: string[]): Promise<{ total: number; hits: SearchHit[] }> {
  if (terms.length === 0) return { total: 0, hits: [] }
  const data = await sanityFetch({
    query: searchQuery,
    params: { terms, limit: SEARCH_RESULT_LIMIT },
    tags: [tags.articleList, tags.faqPage],
  })
  const parsed = parseDocument(searchSchema, data, 'searchQuery')
  return { total: parsed?.total ?? 0, hits: parseList(searchHitSchema, parsed?.results, 'searchQuery') }
}
