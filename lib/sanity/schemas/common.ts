import { z } from 'zod'
import { safeHref } from '../../content/safeHref'
import { parseList } from '../validate'
import { imageSchema } from './image'

// Zod shapes shared by the query schemas. Each query's result type is inferred from these.

export { imageAssetSchema, imageSchema, type SanityImage } from './image'

/**
 * An optional image field (a main image, a photo): one whose asset was deleted, or that is
 * malformed, is left out, not the whole document that holds it.
 */
export const optionalImageSchema = z.unknown().transform((value) => {
  const parsed = imageSchema.safeParse(value)
  return parsed.success ? parsed.data : null
})

/**
 * A link an editor typed into a settings field: rendered as an href, so anything but http(s),
 * mailto and tel (javascript:, data:, vbscript:…) becomes null and the link is not shown.
 */
export const linkUrlSchema = z
  .string()
  .nullish()
  .transform((href) => safeHref(href))

/** An absolute web address an editor entered, such as a canonical URL: anything but http(s) becomes null. */
export const webUrlSchema = linkUrlSchema.transform((href) => (href && /^https?:/.test(href) ? href : null))

export { portableTextSchema, type PortableTextValue } from './richTextBlocks'

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

/**
 * A list of referenced documents, validated item by item: a reference whose target is missing
 * (deleted, or only a draft) projects to null and is dropped; an item that fails its schema is
 * dropped with a warning naming its _id (and `list`, which says where it was), so one bad document
 * never takes down the page listing it.
 */
export function compactList<S extends z.ZodType>(item: S, list = 'list item') {
  return z
    .array(z.unknown())
    .nullish()
    .transform((items) => parseList(item, items ?? [], list))
}

export const articleCardSchema = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  excerpt: z.string().nullish(),
  publishedAt: z.string(),
  updatedAt: z.string().nullish(),
  mainImage: optionalImageSchema,
  topics: compactList(topicRefSchema),
})
export type ArticleCard = z.infer<typeof articleCardSchema>
