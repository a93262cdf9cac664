import { z } from 'zod'
import { compactList, portableTextSchema } from './common'
import { pageLinkSchema } from './pageLink'

/** An FAQ as the topic pages and the FAQ hub show it: with the articles that answer it. */
export const faqWithArticlesSchema = z.object({
  _id: z.string(),
  question: z.string().min(1),
  answer: portableTextSchema.nullish().transform((answer) => answer ?? []),
  articles: compactList(pageLinkSchema),
})
export type FaqWithArticles = z.infer<typeof faqWithArticlesSchema>
