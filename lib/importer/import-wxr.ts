import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { slugify } from '../slugify'
import type { AssetCollector } from './assets'
import { isoDateTime } from './dates'
import { decodeText } from './decode'
import { buildArticleDocuments, type ArticleDocuments } from './documents'
import { ImportError, StructureError, toImportError } from './errors'
import { convertHtml } from './html-content'
import type { PostMeta } from './parsed-post'
import type { ImageSource } from './portable-text'
import { detectStructure } from './structure'
import { peopleOf, termDescriptions, topicsOf, type PersonDocument, type TopicDocument } from './wordpress-entities'
import { wordpressContentToHtml } from './wordpress-content'
import { parseWxr, wxrItemSchema, type WxrItem } from './wxr-parser'

export interface WxrImport {
  articles: ArticleDocuments[]
  people: PersonDocument[]
  topics: TopicDocument[]
  errors: ImportError[]
}

// WordPress writes GMT dates as "2023-05-15 09:00:00", and zeros for posts never published.
function gmtDate(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value)
  return match && !value.startsWith('0000') ? `${match[1]}T${match[2]}Z` : undefined
}

function pathOf(url: string): string | undefined {
  try {
    const { pathname, search } = new URL(url)
    return search || pathname === '/' ? undefined : pathname
  } catch {
    return undefined
  }
}

const imageSourceOf = (src: string): ImageSource | undefined => (/^https?:\/\//i.test(src) ? { kind: 'url', url: src } : undefined)

function describe(item: unknown, index: number): string {
  const title = z.looseObject({ title: z.string() }).safeParse(item)
  return title.success && title.data.title ? `item ${index + 1} "${title.data.title}"` : `item ${index + 1}`
}

async function importItem(
  item: WxrItem,
  context: { people: Map<string, PersonDocument>; descriptions: Map<string, string>; attachments: Map<string, WxrItem>; assets: AssetCollector },
): Promise<{ documents: ArticleDocuments; author?: PersonDocument; topics: TopicDocument[] }> {
  if (!item.title) throw new StructureError(undefined, 'no title')
  if (!item['content:encoded']) throw new StructureError(undefined, 'no content')
  const publishedAt = gmtDate(item['wp:post_date_gmt']) ?? isoDateTime(item.pubDate)
  if (!publishedAt) throw new StructureError(undefined, `no usable publication date ("${item['wp:post_date_gmt'] || item.pubDate}")`)
  const modified = gmtDate(item['wp:post_modified_gmt'])
  const author = context.people.get(item['dc:creator'])
  const topics = topicsOf(item, context.descriptions)
  const slug = slugify(decodeURIComponent(item['wp:post_name'])) || slugify(item.title)
  const legacyUrl = pathOf(item.link)
  const thumbnailId = item['wp:postmeta'].find((meta) => meta['wp:meta_key'] === '_thumbnail_id')?.['wp:meta_value']
  const thumbnail = thumbnailId ? context.attachments.get(thumbnailId) : undefined
  const thumbnailAlt = thumbnail?.['wp:postmeta'].find((meta) => meta['wp:meta_key'] === '_wp_attachment_image_alt')?.['wp:meta_value']

  const meta: PostMeta = {
    publishedAt,
    ...(modified && modified > publishedAt ? { updatedAt: modified } : {}),
    ...(author ? { author: author.slug.current } : {}),
    topics: topics.map((topic) => topic.slug.current),
    ...(legacyUrl ? { legacyUrls: [legacyUrl] } : {}),
    ...(item['excerpt:encoded'] ? { excerpt: item['excerpt:encoded'] } : {}),
    ...(thumbnail?.['wp:attachment_url']
      ? { mainImage: { _type: 'image', _key: '', alt: thumbnailAlt || thumbnail.title, source: { kind: 'url', url: thumbnail['wp:attachment_url'] } } }
      : {}),
  }
  const { elements, warnings } = convertHtml(wordpressContentToHtml(item['content:encoded']), imageSourceOf, { deriveEasyTocIds: true })
  const post = { title: item.title, slug, elements, meta }
  const documents = await buildArticleDocuments(post, detectStructure(elements), context.assets)
  return { documents: { ...documents, warnings: [...warnings, ...documents.warnings] }, ...(author ? { author } : {}), topics }
}

/**
 * Every published post of a WordPress export becomes an article; its author a person, its
 * categories and tags topics, its permalink a legacy URL. A broken item is an error naming
 * the item; the others still import.
 */
export async function importWxrFile(path: string, assets: AssetCollector, onItem?: (done: number, total: number) => void): Promise<WxrImport> {
  const channel = parseWxr(decodeText(await readFile(path)))
  const people = peopleOf(channel)
  const descriptions = termDescriptions(channel)
  const items = channel.item.map((raw, index) => ({ raw, index, parsed: wxrItemSchema.safeParse(raw) }))
  const attachments = new Map(
    items.flatMap(({ parsed }) => (parsed.success && parsed.data['wp:post_type'] === 'attachment' ? [[parsed.data['wp:post_id'], parsed.data] as const] : [])),
  )
  const posts = items.filter(({ parsed }) => !parsed.success || (parsed.data['wp:post_type'] === 'post' && parsed.data['wp:status'] === 'publish'))

  const result: WxrImport = { articles: [], people: [], topics: [], errors: [] }
  const usedPeople = new Map<string, PersonDocument>()
  const usedTopics = new Map<string, TopicDocument>()
  for (const [done, { raw, index, parsed }] of posts.entries()) {
    const where = describe(raw, index)
    try {
      if (!parsed.success) throw new StructureError(undefined, z.prettifyError(parsed.error))
      const imported = await importItem(parsed.data, { people, descriptions, attachments, assets })
      result.articles.push(imported.documents)
      if (imported.author) usedPeople.set(imported.author._id, imported.author)
      for (const topic of imported.topics) usedTopics.set(topic._id, topic)
    } catch (error) {
      const problem = toImportError(path, error)
      result.errors.push(new ImportError(path, problem.where ? `${where}, ${problem.where}` : where, problem.problem))
    }
    onItem?.(done + 1, posts.length)
  }
  result.people = [...usedPeople.values()]
  result.topics = [...usedTopics.values()]
  return result
}
