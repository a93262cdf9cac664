import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { articleCardSchema } from '../schemas/common'
import { parseDocument, parseList } from '../validate'
import { articleCardFields, listedArticleFilter } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'

// One page of the blog index and the total it belongs to, in one round trip. The _id tiebreak
// keeps two articles published at the same moment on the same page every time.
export const articleIndexQuery = defineQuery(`{
  "total": count(*[${listedArticleFilter} && ${IN_LANGUAGE}]),
  "articles": *[${listedArticleFilter} && ${IN_LANGUAGE}] | order(publishedAt desc, _id asc)[$start...$end]{ ${articleCardFields} }
}`)

export const articleIndexSchema = z.object({
  total: z.number().int().nonnegative(),
  articles: z.array(z.unknown()),
})

/** The articles in [start, end) of the newest-first list, and how many articles there are in all. */
export async function getArticleIndex(start: number, end: number, language: Language = DEFAULT_LANGUAGE) {
  const data = await sanityFetch({
    query: articleIndexQuery,
    params: { start, end, ...languageParams(language) },
    tags: [tags.articleList],
  })
  const parsed = parseDocument(articleIndexSchema, data, 'articleIndexQuery')
  return {
    total: parsed?.total ?? 0,
    articles: parseList(articleCardSchema, parsed?.articles, 'articleIndexQuery'),
  }
}
export type ArticleIndex = Awaited<ReturnType<typeof getArticleIndex>>
