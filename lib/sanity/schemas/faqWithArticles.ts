import { z } from 'zod'
import { compactList, portableTextSchema } from './common'

/** A link to an article: enough to name it and build its URL. */
export const articleLinkSchema = z.object({ title: z.string().min(1), slug: z.string().min(1) })

/** An FAQ as the topic pages and the FAQ hub show it: with the articles that answer it. */
export const faqWithArticlesSchema = z.object({
  _id: z.string(),
  question: z.string().min(1),
  answer: portableTextSchema.nullish().transform((answer) => answer ?? []),
  articles: compactList(articleLinkSchema),
})
export type FaqWithArticles = z.infer<typeof faqWithArticlesSchema>
