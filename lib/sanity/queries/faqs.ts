import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { compactList, topicRefSchema } from '../schemas/common'
import { faqWithArticlesSchema } from '../schemas/faqWithArticles'
import { parseList } from '../validate'
import { listedArticleFilter, portableTextFields, topicRefFields } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'

// Every FAQ with its topics (for grouping) and the published articles that use it (for links).
export const faqsQuery = defineQuery(`
  *[_type == "faq" && defined(question) && ${IN_LANGUAGE}] | order(question asc){
    _id,
    question,
    "answer": answer[]{ ${portableTextFields} },
    "topics": topics[]->{ ${topicRefFields} },
    "articles": *[${listedArticleFilter} && references(^._id)] | order(publishedAt desc){ title, "slug": slug.current }
  }
`)

export const faqWithTopicsSchema = faqWithArticlesSchema.extend({ topics: compactList(topicRefSchema) })
export type FaqWithTopics = z.infer<typeof faqWithTopicsSchema>

/** Every FAQ, by question, with its topics and the articles that answer it. */
export async function getFaqs(language: Language = DEFAULT_LANGUAGE): Promise<FaqWithTopics[]> {
  const data = await sanityFetch({ query: faqsQuery, params: languageParams(language), tags: [tags.faqPage] })
  return parseList(faqWithTopicsSchema, data, 'faqsQuery')
}
