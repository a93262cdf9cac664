import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { parseList } from '../validate'
import { listedArticleFilter } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'

export const topicsQuery = defineQuery(`
  *[_type == "topic" && defined(slug.current) && ${IN_LANGUAGE}] | order(title asc){
    _id,
    title,
    "slug": slug.current,
    description,
    "articleCount": count(*[${listedArticleFilter} && references(^._id)])
  }
`)

export const topicSummarySchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  description: z.string().nullish(),
  articleCount: z.number().int().nonnegative(),
})
export type TopicSummary = z.infer<typeof topicSummarySchema>

/** Every topic, by title, with how many articles it has. */
export async function getTopics(language: Language = DEFAULT_LANGUAGE): Promise<TopicSummary[]> {
  const data = await sanityFetch({
    query: topicsQuery,
    params: languageParams(language),
    tags: [tags.topicList, tags.articleList],
  })
  return parseList(topicSummarySchema, data, 'topicsQuery')
}

export const topicSlugsQuery = defineQuery(
  `*[_type == "topic" && defined(slug.current) && ${IN_LANGUAGE}]{ "slug": slug.current }`,
)

export const slugSchema = z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) })

/** Slugs of every topic, for static generation. */
export async function getTopicSlugs(language: Language = DEFAULT_LANGUAGE): Promise<string[]> {
  const data = await sanityFetch({
    query: topicSlugsQuery,
    params: languageParams(language),
    tags: [tags.topicList],
    draftable: false,
  })
  return parseList(slugSchema, data, 'topicSlugsQuery').map((item) => item.slug)
}
