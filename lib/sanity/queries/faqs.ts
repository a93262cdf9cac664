import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { compactList, topicRefSchema } from '../schemas/common'
import { faqWithArticlesSchema } from '../schemas/faqWithArticles'
import { parseList } from '../validate'
import { listedArticleFilter, portableTextFields, topicRefFields } from './fragments'

// Every FAQ with its topics (for grouping) and the published articles that use it (for links).
export const faqsQuery = defineQuery(`
  *[_type == "faq" && defined(question)] | order(question asc){
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
export async function getFaqs(): Promise<FaqWithTopics[]> {
  const data = await sanityFetch({ query: faqsQuery, tags: [tags.faqPage] })
  return parseList(faqWithTopicsSchema, data, 'faqsQuery')
}
