import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { webUrlSchema } from '../schemas/common'
import { tags } from '../tags'
import { parseList } from '../validate'
import { listedArticleFilter } from './fragments'
import { storedLanguageSchema } from '../schemas/translations'
import { DEFAULT_LANGUAGE, IN_DEFAULT_LANGUAGE, LANGUAGES } from '../../i18n/languages'

// Only what the sitemap needs, for every document at once: references stay ids (no joins), so
// the query stays fast on a site with thousands of articles.
export const sitemapQuery = defineQuery(`{
  "articles": *[${listedArticleFilter}] | order(publishedAt desc, _id asc){
    _id,
    "slug": slug.current,
    publishedAt,
    updatedAt,
    reviewedAt,
    "noindex": seo.noindex == true,
    "canonicalUrl": seo.canonicalUrl,
    "authorId": author._ref,
    "reviewerId": medicalReviewer._ref,
    "topicIds": topics[]._ref,
    "hasFaqs": count(faqs) > 0,
    language
  },
  "topics": *[_type == "topic" && defined(slug.current)]{ _id, _updatedAt, "slug": slug.current, language },
  // Which documents are translations of one another, read once (not one lookup per document).
  "translationGroups": *[_type == "translation.metadata"]{ _id, "members": translations[].value._ref },
  "people": *[_type == "person" && defined(slug.current)]{ _id, _updatedAt, "slug": slug.current },
  "faqs": *[_type == "faq" && defined(question)]{ _id, _updatedAt, language },
  "languages": *[_type == "siteSettings" && ${IN_DEFAULT_LANGUAGE}][0].languages,
  "redirectSources": *[_type == "redirect" && defined(from)].from,
  "legacyUrls": *[${listedArticleFilter} && defined(legacyUrls)].legacyUrls[]
}`)

const idList = z
  .array(z.string().nullable())
  .nullish()
  .transform((ids) => (ids ?? []).filter((id): id is string => Boolean(id)))

export const sitemapArticleSchema = z.object({
  _id: z.string(),
  slug: z.string().min(1),
  publishedAt: z.string(),
  updatedAt: z.string().nullish(),
  reviewedAt: z.string().nullish(),
  noindex: z.boolean(),
  canonicalUrl: webUrlSchema,
  authorId: z.string().nullish(),
  reviewerId: z.string().nullish(),
  topicIds: idList,
  hasFaqs: z.boolean().nullish().transform(Boolean),
  language: storedLanguageSchema,
})
export type SitemapArticle = z.infer<typeof sitemapArticleSchema>

// _updatedAt is the Content Lake's own edit time; the bundled dataset may not carry it.
export const slugDocumentSchema = z.object({
  _id: z.string(),
  _updatedAt: z.string().nullish(),
  slug: z.string().min(1),
})
export type SlugDocument = z.infer<typeof slugDocumentSchema>

// People have no language (their pages exist in every published language); topics do.
export const sitemapTopicSchema = slugDocumentSchema.extend({
  language: storedLanguageSchema,
})

const pathList = z
  .array(z.string().nullable())
  .nullish()
  .transform((paths) => (paths ?? []).filter((path): path is string => Boolean(path)))

// Each list is checked item by item: one bad document is dropped and reported, not fatal.
export const sitemapContentSchema = z
  .object({
    articles: z.unknown().transform((value) => parseList(sitemapArticleSchema, value, 'sitemapQuery.articles')),
    topics: z.unknown().transform((value) => parseList(sitemapTopicSchema, value, 'sitemapQuery.topics')),
    people: z.unknown().transform((value) => parseList(slugDocumentSchema, value, 'sitemapQuery.people')),
    faqs: z.array(z.object({ _id: z.string(), _updatedAt: z.string().nullish(), language: storedLanguageSchema })),
    languages: z
      .array(z.string())
      .nullish()
      .transform((codes) => LANGUAGES.filter((language) => language === DEFAULT_LANGUAGE || codes?.includes(language))),
    redirectSources: pathList,
    legacyUrls: pathList,
    translationGroups: z
      .array(z.object({ _id: z.string(), members: idList }).nullable())
      .nullish()
      .transform((groups) => (groups ?? []).filter((group) => group !== null)),
  })
  // Old paths that answer a redirect are never listed: a sitemap names only final URLs.
  .transform(({ legacyUrls, redirectSources, translationGroups, ...content }) => {
    // Each document's translation.metadata document: its versions in other languages share it.
    const groupOf = new Map(translationGroups.flatMap((group) => group.members.map((id) => [id, group._id] as const)))
    const withGroup = <Document extends { _id: string }>(document: Document) => ({
      ...document,
      translationGroup: groupOf.get(document._id) ?? null,
    })
    return {
      ...content,
      articles: content.articles.map(withGroup),
      topics: content.topics.map(withGroup),
      redirectSources: [...redirectSources, ...legacyUrls],
    }
  })
export type SitemapContent = z.infer<typeof sitemapContentSchema>

/** Everything the sitemap lists, published content only (sitemaps are never drafts). */
export async function getSitemapContent(): Promise<SitemapContent> {
  const data = await sanityFetch({
    query: sitemapQuery,
    // The settings say which languages are published.
    tags: [
      tags.articleList,
      tags.topicList,
      tags.personList,
      tags.faqPage,
      tags.redirects,
      tags.translationLinks,
      tags.settings,
    ],
    draftable: false,
  })
  return sitemapContentSchema.parse(data)
}
