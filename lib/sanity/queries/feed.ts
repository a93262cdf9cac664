import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { imageSchema, personRefSchema, portableTextSchema, topicRefSchema, compactList } from '../schemas/common'
import { pageLinkSchema } from '../schemas/pageLink'
import { parseList } from '../validate'
import { imageFields, listedArticleFilter, personRefFields, topicRefFields } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'

/** Feed readers show the newest articles; twenty is what WordPress and most blogs publish. */
export const FEED_SIZE = 20

// Articles hidden from search engines stay out of the feeds too: aggregators index feeds. Only
// the intro's text is used (a summary when there is no excerpt), so its other blocks stay out.
// One feed per language: a reader subscribes to the edition they read.
export const feedQuery = defineQuery(`
  *[${listedArticleFilter} && ${IN_LANGUAGE} && seo.noindex != true] | order(publishedAt desc, _id asc)[0...$limit]{
    _id,
    title,
    "slug": slug.current,
    excerpt,
    "metaDescription": seo.metaDescription,
    "intro": intro[_type == "block"],
    publishedAt,
    updatedAt,
    "author": author->{ ${personRefFields} },
    "topics": topics[]->{ ${topicRefFields} },
    "mainImage": mainImage{ ${imageFields} },
    "takeaways": sections[].takeaway->text
  }
`)

export const feedArticleSchema = pageLinkSchema.extend({
  _id: z.string(),
  excerpt: z.string().nullish(),
  metaDescription: z.string().nullish(),
  intro: portableTextSchema.nullish().transform((intro) => intro ?? []),
  publishedAt: z.string(),
  updatedAt: z.string().nullish(),
  author: personRefSchema,
  topics: compactList(topicRefSchema),
  mainImage: imageSchema.nullish(),
  takeaways: z
    .array(z.string().nullable())
    .nullish()
    .transform((texts) => (texts ?? []).filter((text): text is string => Boolean(text?.trim()))),
})
export type FeedArticle = z.infer<typeof feedArticleSchema>

/** The newest published articles in `language` for its feeds (/feed.xml, /es/feed.xml…), newest first. */
export async function getFeedArticles(
  language: Language = DEFAULT_LANGUAGE,
  limit = FEED_SIZE,
): Promise<FeedArticle[]> {
  const data = await sanityFetch({
    query: feedQuery,
    params: { limit, ...languageParams(language) },
    tags: [tags.articleList, tags.settings],
    draftable: false,
  })
  return parseList(feedArticleSchema, data, 'feedQuery')
}
