import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { pageLinkSchema } from '../schemas/pageLink'
import { parseList } from '../validate'
import { listedArticleFilter } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'

// Every article of one language for its llms.txt, newest first: only what a one-line summary
// needs. Articles hidden from search engines stay out, as from the feeds and the sitemap: an
// assistant's crawler is one more indexer.
export const llmsArticlesQuery = defineQuery(`
  *[${listedArticleFilter} && ${IN_LANGUAGE} && seo.noindex != true] | order(publishedAt desc, _id asc){
    _id,
    title,
    "slug": slug.current,
    excerpt,
    "metaDescription": seo.metaDescription,
    "intro": pt::text(intro),
    publishedAt
  }
`)

export const llmsArticleSchema = pageLinkSchema.extend({
  _id: z.string(),
  excerpt: z.string().nullish(),
  metaDescription: z.string().nullish(),
  intro: z.string().nullish(),
  publishedAt: z.string(),
})
export type LlmsArticle = z.infer<typeof llmsArticleSchema>

/** Every listed, indexable article in `language`, newest first, for /llms.txt and /es/llms.txt. */
export async function getLlmsArticles(language: Language = DEFAULT_LANGUAGE): Promise<LlmsArticle[]> {
  const data = await sanityFetch({
    query: llmsArticlesQuery,
    params: languageParams(language),
    // The feeds' tags: the webhook that refreshes the feeds refreshes llms.txt too.
    tags: [tags.articleList, tags.settings],
    draftable: false,
  })
  return parseList(llmsArticleSchema, data, 'llmsArticlesQuery')
}
