import { z } from 'zod'
import { leaveOutIfInvalid } from '../validate'
import { imageSchema } from './image'

// Zod shapes of the rich-text blocks beside text (sanity/schemaTypes/objects/blockContent.ts).
// Each block is checked on its own: a malformed one is left out and reported with the document's
// _id and its path, the rest of the text is shown.

const key = z.string()
const optionalText = z.string().nullish()

export const captionLinkSchema = z.object({ _key: key.optional(), text: z.string().min(1), href: z.string().min(1) })
export type CaptionLink = z.infer<typeof captionLinkSchema>

/** An image in rich text or in a gallery: the image, the links of its caption, the link around it. */
export const bodyImageSchema = imageSchema.extend({
  _type: z.literal('image'),
  _key: key,
  captionLinks: z
    .array(leaveOutIfInvalid(captionLinkSchema))
    .nullish()
    .transform((links) => links ?? []),
  link: optionalText,
})
export type BodyImage = z.infer<typeof bodyImageSchema>

export const galleryBlockSchema = z.object({
  _type: z.literal('gallery'),
  _key: key,
  // An image whose asset is gone is left out; the others still show.
  images: z.array(leaveOutIfInvalid(bodyImageSchema)),
})
export type GalleryBlock = z.infer<typeof galleryBlockSchema>

export const dataTableBlockSchema = z.object({
  _type: z.literal('dataTable'),
  _key: key,
  caption: optionalText,
  headerRow: z.boolean().nullish().transform(Boolean),
  table: z.object({
    rows: z.array(
      z.object({
        _key: key,
        // The table input stores a cleared cell as "" but older data may hold null.
        cells: z.array(
          z
            .string()
            .nullable()
            .transform((cell) => cell ?? ''),
        ),
      }),
    ),
  }),
})
export type DataTableBlock = z.infer<typeof dataTableBlockSchema>

export const codeBlockSchema = z.object({
  _type: z.literal('code'),
  _key: key,
  code: z.string(),
  language: optionalText,
  filename: optionalText,
})
export type CodeBlock = z.infer<typeof codeBlockSchema>

export const definitionListBlockSchema = z.object({
  _type: z.literal('definitionList'),
  _key: key,
  items: z.array(z.object({ _key: key, term: z.string().min(1), definition: z.string() })).min(1),
})
export type DefinitionListBlock = z.infer<typeof definitionListBlockSchema>

export const EMBED_KINDS = ['video', 'audio', 'iframe', 'link'] as const

export const embedBlockSchema = z.object({
  _type: z.literal('embed'),
  _key: key,
  url: z.string().min(1),
  kind: z
    .enum(EMBED_KINDS)
    .nullish()
    .transform((kind) => kind ?? 'link'),
  provider: optionalText,
  title: optionalText,
})
export type EmbedBlock = z.infer<typeof embedBlockSchema>

/** Text blocks and types this site does not render: passed through, the renderer decides. */
const otherBlockSchema = z.looseObject({ _type: z.string(), _key: key.optional() })

const BLOCK_SCHEMAS = {
  image: bodyImageSchema,
  gallery: galleryBlockSchema,
  dataTable: dataTableBlockSchema,
  code: codeBlockSchema,
  definitionList: definitionListBlockSchema,
  embed: embedBlockSchema,
} as const

/**
 * A block as callers see it: its _type, _key and loosely typed fields. Each renderer narrows
 * the block it draws with the schema above, so code that only reads text needs no union.
 */
export type RichTextBlock = z.infer<typeof otherBlockSchema>

function schemaFor(value: unknown): z.ZodType {
  const type = value && typeof value === 'object' && '_type' in value ? value._type : undefined
  return typeof type === 'string' && Object.hasOwn(BLOCK_SCHEMAS, type)
    ? BLOCK_SCHEMAS[type as keyof typeof BLOCK_SCHEMAS]
    : otherBlockSchema
}

/** One block of rich text, checked by the schema of its _type. */
export const richTextBlockSchema = z.unknown().transform((value, context): RichTextBlock => {
  const parsed = schemaFor(value).safeParse(value)
  if (parsed.success) return parsed.data as RichTextBlock
  for (const issue of parsed.error.issues)
    context.addIssue({ code: 'custom', message: issue.message, path: issue.path })
  return z.NEVER
})

/** Rich text: a malformed block is left out (and reported), the rest is kept. */
export const portableTextSchema = z.array(leaveOutIfInvalid(richTextBlockSchema))
export type PortableTextValue = z.infer<typeof portableTextSchema>
