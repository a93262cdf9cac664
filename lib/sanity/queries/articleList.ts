import { defineQuery } from 'groq'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { articleCardSchema, type ArticleCard } from '../schemas/common'
import { parseList } from '../validate'
import { articleCardFields, listedArticleFilter } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'

export const latestArticlesQuery = defineQuery(`
  *[${listedArticleFilter} && ${IN_LANGUAGE}] | order(publishedAt desc, _id asc)[0...$limit]{ ${articleCardFields} }
`)

/** The newest articles, for the home page: the start of the blog index (same order, same tiebreak). */
export async function getLatestArticles(limit: number, language: Language = DEFAULT_LANGUAGE): Promise<ArticleCard[]> {
  const data = await sanityFetch({
    query: latestArticlesQuery,
    params: { limit, ...languageParams(language) },
    tags: [tags.articleList],
  })
  return parseList(articleCardSchema, data, 'latestArticlesQuery')
}
