import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { parseList } from '../validate'
import { listedArticleFilter } from './fragments'

export const topicsQuery = defineQuery(`
  *[_type == "topic" && defined(slug.current)] | order(title asc){
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
export async function getTopics(): Promise<TopicSummary[]> {
  const data = await sanityFetch({ query: topicsQuery, tags: [tags.topicList, tags.articleList] })
  return parseList(topicSummarySchema, data, 'topicsQuery')
}

export const topicSlugsQuery = defineQuery(`*[_type == "topic" && defined(slug.current)]{ "slug": slug.current }`)

export const slugSchema = z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) })

/** Slugs of every topic, for static generation. */
export async function getTopicSlugs(): Promise<string[]> {
  const data = await sanityFetch({ query: topicSlugsQuery, tags: [tags.topicList], draftable: false })
  return parseList(slugSchema, data, 'topicSlugsQuery').map((item) => item.slug)
}
