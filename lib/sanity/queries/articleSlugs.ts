import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { parseList } from '../validate'
import { listedArticleFilter } from './fragments'

export const articleSlugsQuery = defineQuery(`
  *[${listedArticleFilter}] | order(publishedAt desc){ "slug": slug.current }
`)

export const slugSchema = z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) })

/** Slugs of every published article, for static generation. */
export async function getArticleSlugs(): Promise<string[]> {
  const data = await sanityFetch({ query: articleSlugsQuery, tags: [tags.articleList], draftable: false })
  return parseList(slugSchema, data, 'articleSlugsQuery').map((item) => item.slug)
}
