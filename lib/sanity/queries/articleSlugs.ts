import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { parseList } from '../validate'
import { listedArticleFilter } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'

export const articleSlugsQuery = defineQuery(`
  *[${listedArticleFilter} && ${IN_LANGUAGE}] | order(publishedAt desc){ "slug": slug.current }
`)

// The build renders only the newest articles ahead (PRERENDER_ARTICLES), so it does not grow with
// the archive: the others are rendered on their first request.
export const newestArticleSlugsQuery = defineQuery(`
  *[${listedArticleFilter} && ${IN_LANGUAGE}] | order(publishedAt desc)[0...$limit]{ "slug": slug.current }
`)

export const slugSchema = z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) })

/** Slugs of every published article in one language. */
export async function getArticleSlugs(language: Language = DEFAULT_LANGUAGE): Promise<string[]> {
  const data = await sanityFetch({
    query: articleSlugsQuery,
    params: languageParams(language),
    tags: [tags.articleList],
    draftable: false,
  })
  return parseList(slugSchema, data, 'articleSlugsQuery').map((item) => item.slug)
}

/** Slugs of the `limit` most recently published articles, newest first. */
export async function getNewestArticleSlugs(limit: number, language: Language = DEFAULT_LANGUAGE): Promise<string[]> {
  const data = await sanityFetch({
    query: newestArticleSlugsQuery,
    params: { limit, ...languageParams(language) },
    tags: [tags.articleList],
    draftable: false,
  })
  return parseList(slugSchema, data, 'newestArticleSlugsQuery').map((item) => item.slug)
}
