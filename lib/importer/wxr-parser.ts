import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { z } from 'zod'
import { StructureError } from './errors'

// Everything is kept as a string (a slug like "2023" must not become a number) and these
// elements are arrays even when a file happens to hold only one.
const ALWAYS_ARRAYS = new Set(['rss.channel.item', 'rss.channel.wp:author', 'rss.channel.wp:category', 'rss.channel.wp:tag', 'rss.channel.item.category', 'rss.channel.item.wp:postmeta'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  trimValues: true,
  isArray: (_name, jpath) => ALWAYS_ARRAYS.has(String(jpath)),
})

const text = z.union([z.string(), z.number()]).transform(String).default('')

const authorSchema = z.looseObject({
  'wp:author_login': text,
  'wp:author_display_name': text,
})

const termSchema = z.looseObject({
  'wp:category_nicename': text.optional(),
  'wp:cat_name': text.optional(),
  'wp:category_description': text.optional(),
  'wp:tag_slug': text.optional(),
  'wp:tag_name': text.optional(),
  'wp:tag_description': text.optional(),
})

/** One <item>, checked only as far as the importer reads it; a bad item fails alone. */
export const wxrItemSchema = z.looseObject({
  title: text,
  link: text,
  pubDate: text,
  'dc:creator': text,
  'content:encoded': text,
  'excerpt:encoded': text,
  'wp:post_id': text,
  'wp:post_date_gmt': text,
  'wp:post_modified_gmt': text,
  'wp:post_name': text,
  'wp:status': text,
  'wp:post_type': text,
  'wp:attachment_url': text,
  category: z
    .array(z.union([z.string().transform((name) => ({ '#text': name, '@_domain': 'category', '@_nicename': '' })), z.looseObject({ '#text': text, '@_domain': text, '@_nicename': text })]))
    .default([]),
  'wp:postmeta': z.array(z.looseObject({ 'wp:meta_key': text, 'wp:meta_value': text })).default([]),
})

export type WxrItem = z.infer<typeof wxrItemSchema>

const channelSchema = z.looseObject({
  link: text,
  'wp:base_site_url': text,
  'wp:author': z.array(authorSchema).default([]),
  'wp:category': z.array(termSchema).default([]),
  'wp:tag': z.array(termSchema).default([]),
  item: z.array(z.unknown()).default([]),
})

export type WxrChannel = z.infer<typeof channelSchema>

/**
 * Parses a WordPress export (Tools > Export). Malformed XML, or XML that is not a WXR, is an
 * error for the whole file with the line where it goes wrong; items are returned unchecked so
 * that each can fail on its own.
 */
export function parseWxr(xml: string): WxrChannel {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new StructureError(`line ${valid.err.line}`, `malformed XML: ${valid.err.msg}`)
  const document: unknown = parser.parse(xml)
  const channel = z.object({ rss: z.object({ channel: z.unknown() }) }).safeParse(document)
  if (!channel.success || !/wordpress\.org\/export/.test(xml)) {
    throw new StructureError(undefined, 'not a WordPress export (WXR): expected <rss> with the wp: namespace and a <channel>')
  }
  const parsed = channelSchema.safeParse(channel.data.rss.channel)
  if (!parsed.success) throw new StructureError('channel', z.prettifyError(parsed.error))
  return parsed.data
}
