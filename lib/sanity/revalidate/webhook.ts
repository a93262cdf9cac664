import { z } from 'zod'
import { listedOwnFieldsFilter } from '../queries/fragments'

// The GROQ-powered webhook this site expects (docs/editors.md shows where to paste each part).
// Only document types that appear on a page trigger it.
export const PAGE_DOCUMENT_TYPES = [
  'article',
  'faq',
  'takeaway',
  'topic',
  'person',
  'siteSettings',
  'redirect',
  // Links between translations (Sanity's document-internationalization plugin): the hreflang
  // alternates and language switcher of the pages they link, and the sitemap's alternates.
  'translation.metadata',
] as const

export const WEBHOOK_FILTER = `_type in ${JSON.stringify(PAGE_DOCUMENT_TYPES).replaceAll(',', ', ')}`

// Webhook projections cannot run sub-queries, so the body carries only what the changed document
// itself knows, before and after the change: its slug (the page it has, or had) and the
// documents it points to; for an article also what places it in other articles' related lists
// (its date and whether it is listed, as far as its own fields tell). Who points at it is looked
// up when the webhook arrives.
export const DOCUMENT_STATE = `{
    "slug": slug.current,
    "topics": topics[]._ref,
    "people": [author._ref, medicalReviewer._ref],
    "faqCount": count(faqs),
    "legacyUrlCount": count(legacyUrls),
    "publishedAt": publishedAt,
    "listed": ${listedOwnFieldsFilter},
    "translations": translations[].value._ref
  }`

export const WEBHOOK_PROJECTION = `{
  _id,
  _type,
  "before": before()${DOCUMENT_STATE},
  "after": after()${DOCUMENT_STATE}
}`

const refs = z
  .array(z.string().nullable())
  .nullish()
  .transform((ids) => (ids ?? []).filter((id): id is string => Boolean(id)))

const stateSchema = z
  .object({
    slug: z.string().nullish(),
    topics: refs,
    people: refs,
    faqCount: z.number().nullish(),
    legacyUrlCount: z.number().nullish(),
    publishedAt: z.string().nullish(),
    listed: z.boolean().nullish(),
    translations: refs,
  })
  .nullish()

/** The body WEBHOOK_PROJECTION produces; `before` is null on create, `after` on delete. */
export const webhookBodySchema = z.object({
  _id: z.string().min(1),
  _type: z.enum(PAGE_DOCUMENT_TYPES),
  before: stateSchema,
  after: stateSchema,
})
export type WebhookBody = z.infer<typeof webhookBodySchema>
export type DocumentState = NonNullable<WebhookBody['before']>
