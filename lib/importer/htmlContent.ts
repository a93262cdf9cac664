import { htmlToBlocks } from '@portabletext/block-tools'
import { DOMParser } from 'linkedom'
import { z } from 'zod'
import { easyTocId } from './anchors'
import { contentRules, rawImage, type RawImage } from './contentRules'
import { BLOCK_TAGS, isElement, mergeTextNodes, normalizeSpace, retag, tagOf, visibleText } from './htmlDom'
import { addXPathEvaluate } from './linkedomXpath'
import type { Element as PostElement } from './parsedPost'
import { paragraph, type ImageSource, type LinkDef, type ParsedImage, type TextBlock } from './portableText'

type ConversionSchema = Exclude<Parameters<typeof htmlToBlocks>[1], { jsonType: unknown }>

const named = (...names: string[]) => names.map((name) => ({ name, value: name }))
const objectTypes = [
  'image',
  'gallery',
  'galleryCaption',
  'dataTable',
  'code',
  'definitionList',
  'embed',
  'faqQuestion',
]

// blockContent (docs/content-model.md) plus h1, h2, h5, h6, which become section headings or h4s.
// Written out compiled, as block-tools takes it, so the importer depends on block-tools alone.
// The objects are listed so block-tools splits them out of a paragraph they sit in.
const conversionSchema: ConversionSchema = {
  block: { name: 'block' },
  span: { name: 'span' },
  styles: named('normal', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote'),
  lists: named('bullet', 'number'),
  decorators: named('strong', 'em'),
  annotations: [{ name: 'link', fields: [{ name: 'href', type: 'string' }] }],
  blockObjects: objectTypes.map((name) => ({ name, fields: [] })),
  inlineObjects: [],
}

const HEADING_STYLES = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

// What block-tools returns with the rules of contentRules.ts; checked rather than trusted, since it is another package's output.
const convertedBlock = z.discriminatedUnion('_type', [
  z.object({
    _type: z.literal('block'),
    _key: z.string(),
    style: z.enum(['normal', ...HEADING_STYLES, 'blockquote']).default('normal'),
    listItem: z.enum(['bullet', 'number']).optional(),
    level: z.number().int().optional(),
    markDefs: z
      .array(z.object({ _type: z.literal('link'), _key: z.string(), href: z.string().optional() }))
      .default([]),
    children: z.array(
      z.object({
        _type: z.literal('span'),
        _key: z.string(),
        text: z.string(),
        marks: z.array(z.string()).default([]),
      }),
    ),
  }),
  rawImage.extend({ _key: z.string() }),
  z.object({ _type: z.literal('gallery'), _key: z.string(), images: z.array(rawImage) }),
  z.object({ _type: z.literal('galleryCaption'), _key: z.string(), text: z.string() }),
  z.object({
    _type: z.literal('dataTable'),
    _key: z.string(),
    caption: z.string().optional(),
    headerRow: z.boolean(),
    table: z.object({
      _type: z.literal('table'),
      rows: z.array(z.object({ _type: z.literal('tableRow'), _key: z.string(), cells: z.array(z.string()) })),
    }),
  }),
  z.object({ _type: z.literal('code'), _key: z.string(), code: z.string(), language: z.string().optional() }),
  z.object({
    _type: z.literal('definitionList'),
    _key: z.string(),
    items: z.array(
      z.object({ _type: z.literal('definitionItem'), _key: z.string(), term: z.string(), definition: z.string() }),
    ),
  }),
  z.object({
    _type: z.literal('embed'),
    _key: z.string(),
    url: z.string(),
    kind: z.enum(['video', 'audio', 'iframe', 'link']),
    provider: z.string().optional(),
    title: z.string().optional(),
  }),
  z.object({ _type: z.literal('faqQuestion'), _key: z.string(), text: z.string() }),
])

type ConvertedTextBlock = Extract<z.infer<typeof convertedBlock>, { _type: 'block' }>

const ALLOWED_LINK = /^(https?:|mailto:|tel:)/i
const HEADING_TAGS = 'h1, h2, h3, h4, h5, h6'
// Easy Table of Contents renders its own list of links; the page builds a new one.
const TABLE_OF_CONTENTS =
  '#ez-toc-container, .ez-toc-container, .ez-toc-v2_0, nav.toc, .wp-block-table-of-contents, script, style, noscript, template'
// Inside these a <div> is part of something a rule or block-tools reads whole.
const KEEP_DIVS_INSIDE =
  'li, td, th, dd, dt, pre, a, p, h1, h2, h3, h4, h5, h6, figure, table, dl, .wp-caption, .gallery, .wp-block-gallery, .wp-block-embed'

/** A WordPress attachment (media library item), for galleries that name images by id. */
export interface Attachment {
  url: string
  alt?: string
  caption?: string
}

export interface ContentOptions {
  /** Where an image's bytes come from; undefined keeps the image without a picture, with a warning. */
  imageSource: (src: string) => ImageSource | undefined
  /** Alt text for an image URL whose <img> has none (WXR: the attachment's `_wp_attachment_image_alt`). */
  altFor?: (src: string) => string | undefined
  /** An attachment by WordPress post id (WXR: `[gallery ids]`, `wp-image-<id>` classes). */
  attachment?: (id: string) => Attachment | undefined
  /** WXR content predates the ids Easy-TOC adds on display, so they are derived as it derives them. */
  deriveEasyTocIds: boolean
}

export interface ConvertedContent {
  elements: PostElement[]
  warnings: string[]
}

interface HeadingIds {
  text: string
  ids: string[]
}

function isBlockLevel(node: Node): boolean {
  return isElement(node) && BLOCK_TAGS.has(tagOf(node)) && tagOf(node) !== 'br' && tagOf(node) !== 'img'
}

/**
 * Neighbouring block elements must not run their words together ("Wind FarmDownload",
 * "25%50%"): a <div> holding only inline content becomes a paragraph of its own, loose text
 * beside blocks is wrapped in one, and links or buttons side by side get a space between them.
 */
function separateBlocks(body: Element): void {
  const divs = Array.from(
    body.querySelectorAll('div, section, article, aside, header, footer, main, span.wp-block-button'),
  )
  for (const div of divs.reverse()) {
    if (div.parentElement?.closest(KEEP_DIVS_INSIDE)) continue
    const children = Array.from(div.childNodes)
    if (!children.some(isBlockLevel)) {
      if (tagOf(div) !== 'span') retag(div, 'p')
      continue
    }
    let run: Node[] = []
    const wrap = () => {
      if (
        run.some(
          (node) => normalizeSpace(node.textContent ?? '') !== '' || (isElement(node) && node.querySelector('img')),
        )
      ) {
        const p = div.ownerDocument.createElement('p')
        div.insertBefore(p, run[0] as Node)
        for (const node of run) p.appendChild(node)
      }
      run = []
    }
    for (const child of children) {
      if (isBlockLevel(child)) wrap()
      else run.push(child)
    }
    wrap()
  }
  for (const element of Array.from(body.querySelectorAll('a, button'))) {
    const next = element.nextSibling
    if (isElement(next) && (tagOf(next) === 'a' || tagOf(next) === 'button'))
      element.after(body.ownerDocument.createTextNode(' '))
  }
}

function prepare(document: Document, headingIds: HeadingIds[]): Document {
  document.querySelectorAll(TABLE_OF_CONTENTS).forEach((node) => node.remove())
  mergeTextNodes(document)
  document.querySelectorAll(HEADING_TAGS).forEach((heading) => {
    const ids = [
      heading.getAttribute('id'),
      ...Array.from(heading.querySelectorAll('[id]')).map((node) => node.getAttribute('id')),
    ]
    headingIds.push({
      text: normalizeSpace(heading.textContent ?? ''),
      ids: ids.filter((id): id is string => Boolean(id)),
    })
  })
  // Yoast's question is a <strong> beside its answer; as a block of its own it is read alone.
  document.querySelectorAll('.schema-faq-question').forEach((question) => {
    if (tagOf(question) !== 'p') retag(question, 'p')
  })
  if (document.body) separateBlocks(document.body)
  return document
}

function keepSafeLinks(block: ConvertedTextBlock, warnings: string[]): TextBlock {
  const safe: LinkDef[] = []
  for (const def of block.markDefs) {
    if (def.href && ALLOWED_LINK.test(def.href)) safe.push({ _type: 'link', _key: def._key, href: def.href })
    else warnings.push(`link to "${def.href ?? ''}" dropped: links must be http(s), mailto or tel (its text is kept)`)
  }
  const kept = new Set(safe.map((def) => def._key))
  const children = block.children.map((span) => ({
    ...span,
    marks: span.marks.filter((mark) => mark === 'strong' || mark === 'em' || kept.has(mark)),
  }))
  const style =
    block.style === 'blockquote'
      ? 'blockquote'
      : block.style === 'normal'
        ? 'normal'
        : block.style === 'h3'
          ? 'h3'
          : block.style === 'h4' || block.style === 'h5' || block.style === 'h6'
            ? 'h4'
            : 'normal'
  return {
    _type: 'block',
    _key: block._key,
    style,
    ...(block.listItem ? { listItem: block.listItem, level: block.level ?? 1 } : {}),
    markDefs: safe,
    children,
  }
}

// Image sizes WordPress generated ("photo-300x200.jpg") belong to the same attachment as "photo.jpg".
const withoutSize = (src: string) => src.replace(/-\d+x\d+(?=\.[a-z0-9]+(?:[?#].*)?$)/i, '')

function resolveImage(raw: RawImage, where: string, options: ContentOptions, warnings: string[]): ParsedImage {
  const attachment = raw.attachmentId ? options.attachment?.(raw.attachmentId) : undefined
  const src = raw.src || attachment?.url || ''
  const source = src ? options.imageSource(src) : undefined
  if (!source) warnings.push(`image "${src}" (${where}) could not be found; kept without a picture`)
  const lookedUp = normalizeSpace(options.altFor?.(src) || options.altFor?.(withoutSize(src)) || attachment?.alt || '')
  const caption = raw.caption || (attachment?.caption ? normalizeSpace(attachment.caption) : undefined)
  // Alt text is required once an asset is set; the caption is the best description left.
  const alt = raw.alt || lookedUp || caption || ''
  if (!raw.alt && !lookedUp) {
    warnings.push(
      caption
        ? `image "${src}" (${where}) has no alt text; its caption is used, check it in the Studio`
        : `image "${src}" (${where}) has no alt text; add it in the Studio`,
    )
  }
  return {
    _type: 'image',
    _key: '',
    alt,
    ...(caption ? { caption } : {}),
    ...(raw.captionLinks?.length
      ? { captionLinks: raw.captionLinks.map((link) => ({ _type: 'captionLink' as const, _key: '', ...link })) }
      : {}),
    ...(raw.link ? { link: raw.link } : {}),
    ...(source ? { source } : {}),
  }
}

/**
 * Converts post HTML with Sanity's own converter (block-tools, on linkedom) into the flat
 * element run structure detection reads: h1-h6 become headings (h1 and h2 open sections, h5
 * and h6 are h4s) with their old ids; tables, code, definition lists, images, galleries and
 * embeds become objects (contentRules.ts); other blocks stay portable text. Links other than
 * http(s), mailto and tel lose their link but keep their text, with a warning.
 */
export function convertHtml(html: string, options: ContentOptions): ConvertedContent {
  const warnings: string[] = []
  const headingIds: HeadingIds[] = []
  const blocks = htmlToBlocks(`<html><body>${html}</body></html>`, conversionSchema, {
    parseHtml: (markup) =>
      prepare(
        addXPathEvaluate(new DOMParser().parseFromString(markup, 'text/html') as unknown as Document),
        headingIds,
      ),
    rules: contentRules({ warn: (message) => warnings.push(message) }),
  })

  const elements: PostElement[] = []
  for (const [index, raw] of blocks.entries()) {
    const where = `block ${index + 1}`
    const block = convertedBlock.parse(raw)
    switch (block._type) {
      case 'image':
        elements.push({ kind: 'image', where, image: resolveImage(block, where, options, warnings) })
        continue
      case 'gallery':
        if (block.images.length > 0) {
          elements.push({
            kind: 'object',
            where,
            object: {
              _type: 'gallery',
              _key: '',
              images: block.images.map((image) => resolveImage(image, where, options, warnings)),
            },
          })
        }
        continue
      case 'galleryCaption':
        elements.push({ kind: 'block', where, block: paragraph(block.text), text: block.text })
        continue
      case 'faqQuestion':
        if (block.text) elements.push({ kind: 'question', text: block.text, where })
        continue
      case 'dataTable':
        if (block.table.rows.length > 0) elements.push({ kind: 'object', where, object: block })
        continue
      case 'definitionList':
        if (block.items.length > 0) elements.push({ kind: 'object', where, object: block })
        continue
      case 'code':
        if (block.code.trim()) elements.push({ kind: 'object', where, object: block })
        continue
      case 'embed':
        elements.push({ kind: 'object', where, object: block })
        continue
      case 'block':
        break
    }
    const text = normalizeSpace(block.children.map((span) => span.text).join(''))
    if (!text) continue
    const headingLevel = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 } as const
    if (block.style !== 'normal' && block.style !== 'blockquote' && !block.listItem) {
      const found = headingIds.findIndex((heading) => heading.text === text)
      const [ids] = found >= 0 ? headingIds.splice(found, 1) : []
      const aliases = ids?.ids.length ? ids.ids : options.deriveEasyTocIds ? [easyTocId(text)] : []
      elements.push({ kind: 'heading', text, level: headingLevel[block.style], aliases, where })
      continue
    }
    elements.push({ kind: 'block', block: keepSafeLinks(block, warnings), text, where })
  }
  return { elements, warnings }
}

/** Text of an element for callers that only need words (the plain-text helpers use the same rules). */
export function htmlText(html: string): string {
  const document = new DOMParser().parseFromString(
    `<html><body>${html}</body></html>`,
    'text/html',
  ) as unknown as Document
  document.querySelectorAll(TABLE_OF_CONTENTS).forEach((node) => node.remove())
  mergeTextNodes(document)
  return document.body ? visibleText(document.body) : ''
}
