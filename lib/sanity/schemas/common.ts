import { z } from 'zod'

// Zod shapes shared by the query schemas. Each query's result type is inferred from these.

export const imageAssetSchema = z.object({
  _id: z.string(),
  url: z.string(),
  width: z.number().positive(),
  height: z.number().positive(),
  lqip: z.string().nullish(),
})

export const imageSchema = z.object({
  alt: z.string().nullish(),
  caption: z.string().nullish(),
  asset: imageAssetSchema,
})
export type SanityImage = z.infer<typeof imageSchema>

/** Portable text stays loosely typed here: each block is checked when it is rendered. */
export const portableTextSchema = z.array(z.looseObject({ _type: z.string(), _key: z.string().optional() }))
export type PortableTextValue = z.infer<typeof portableTextSchema>

export const personRefSchema = z.object({
  _id: z.string(),
  name: z.string(),
  slug: z.string(),
  credentials: z.string().nullish(),
  role: z.string().nullish(),
})
export type PersonRef = z.infer<typeof personRefSchema>

export const topicRefSchema = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  showCrisisResources: z.boolean().nullish(),
})
export type TopicRef = z.infer<typeof topicRefSchema>

/** A reference whose target is missing (deleted, or only a draft) projects to null: drop it. */
export function compactList<S extends z.ZodType>(item: S) {
  return z
    .array(item.nullable())
    .nullish()
    .transform((items) => (items ?? []).filter((entry): entry is NonNullable<typeof entry> => entry !== null))
}

export const articleCardSchema = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  excerpt: z.string().nullish(),
  publishedAt: z.string(),
  updatedAt: z.string().nullish(),
  mainImage: imageSchema.nullish(),
  topics: compactList(topicRefSchema),
})
export type ArticleCard = z.infer<typeof articleCardSchema>
