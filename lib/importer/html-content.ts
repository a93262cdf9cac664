import { htmlToBlocks } from '@portabletext/block-tools'
import { DOMParser } from 'linkedom'
import { z } from 'zod'
import { easyTocId } from './anchors'
import { addXPathEvaluate } from './linkedom-xpath'
import type { Element as PostElement } from './parsed-post'
import type { ImageSource, LinkDef, TextBlock } from './portable-text'

type ConversionSchema = Exclude<Parameters<typeof htmlToBlocks>[1], { jsonType: unknown }>

const named = (...names: string[]) => names.map((name) => ({ name, value: name }))

// blockContent (docs/content-model.md) plus h2, which structure detection turns into sections.
// Written out compiled, as block-tools takes it, so the importer depends on block-tools alone.
const conversionSchema: ConversionSchema = {
  block: { name: 'block' },
  span: { name: 'span' },
  styles: named('normal', 'h2', 'h3', 'h4', 'blockquote'),
  lists: named('bullet', 'number'),
  decorators: named('strong', 'em'),
  annotations: [{ name: 'link', fields: [{ name: 'href', type: 'string' }] }],
  blockObjects: [{ name: 'image', fields: ['src', 'alt', 'caption'].map((name) => ({ name, type: 'string' as const })) }],
  inlineObjects: [],
}

// What block-tools returns for that schema; checked rather than trusted, since it is another package's output.
const convertedBlock = z.discriminatedUnion('_type', [
  z.object({
    _type: z.literal('block'),
    _key: z.string(),
    style: z.enum(['normal', 'h2', 'h3', 'h4', 'blockquote']).default('normal'),
    listItem: z.enum(['bullet', 'number']).optional(),
    level: z.number().int().optional(),
    markDefs: z.array(z.object({ _type: z.literal('link'), _key: z.string(), href: z.string().optional() })).default([]),
    children: z.array(z.object({ _type: z.literal('span'), _key: z.string(), text: z.string(), marks: z.array(z.string()).default([]) })),
  }),
  z.object({ _type: z.literal('image'), _key: z.string(), src: z.string().optional(), alt: z.string().optional(), caption: z.string().optional() }),
])

type ConvertedTextBlock = Extract<z.infer<typeof convertedBlock>, { _type: 'block' }>

const ALLOWED_LINK = /^(https?:|mailto:|tel:)/i
const HEADING_TAGS = 'h2, h3, h4'
// Easy Table of Contents renders its own list of links; the page builds a new one.
const TABLE_OF_CONTENTS = '#ez-toc-container, .ez-toc-container, .ez-toc-v2_0, nav.toc, .wp-block-table-of-contents, script, style, noscript'

export interface ConvertedContent {
  elements: PostElement[]
  warnings: string[]
}

interface HeadingIds {
  text: string
  ids: string[]
}

function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

function prepare(document: Document, headingIds: HeadingIds[]): Document {
  document.querySelectorAll(TABLE_OF_CONTENTS).forEach((node) => node.remove())
  document.querySelectorAll(HEADING_TAGS).forEach((heading) => {
    const ids = [heading.getAttribute('id'), ...Array.from(heading.querySelectorAll('[id]')).map((node) => node.getAttribute('id'))]
    headingIds.push({ text: normalizeSpace(heading.textContent ?? ''), ids: ids.filter((id): id is string => Boolean(id)) })
  })
  // block-tools knows <img> but not <figcaption>; carry the caption on the image instead.
  document.querySelectorAll('figure').forEach((figure) => {
    const caption = figure.querySelector('figcaption')
    const image = figure.querySelector('img')
    if (caption && image) {
      image.setAttribute('caption', normalizeSpace(caption.textContent ?? ''))
      caption.remove()
    }
  })
  return document
}

function keepSafeLinks(block: ConvertedTextBlock, warnings: string[]): TextBlock {
  const safe: LinkDef[] = []
  for (const def of block.markDefs) {
    if (def.href && ALLOWED_LINK.test(def.href)) safe.push({ _type: 'link', _key: def._key, href: def.href })
    else warnings.push(`link to "${def.href ?? ''}" dropped: links must be http(s), mailto or tel (its text is kept)`)
  }
  const kept = new Set(safe.map((def) => def._key))
  const children = block.children.map((span) => ({ ...span, marks: span.marks.filter((mark) => mark === 'strong' || mark === 'em' || kept.has(mark)) }))
  const style = block.style === 'h2' ? 'normal' : block.style
  return {
    _type: 'block',
    _key: block._key,
    style,
    ...(block.listItem ? { listItem: block.listItem, level: block.level ?? 1 } : {}),
    markDefs: safe,
    children,
  }
}

/**
 * Converts post HTML with Sanity's own converter (block-tools, on linkedom) into the flat
 * element run structure detection reads: h2-h4 become headings (with their old ids), other
 * blocks stay portable text, images keep alt text and caption. Links other than http(s),
 * mailto and tel lose their link but keep their text, with a warning.
 */
export function convertHtml(
  html: string,
  imageSource: (src: string) => ImageSource | undefined,
  options: { deriveEasyTocIds: boolean },
): ConvertedContent {
  const warnings: string[] = []
  const headingIds: HeadingIds[] = []
  const blocks = htmlToBlocks(`<html><body>${html}</body></html>`, conversionSchema, {
    parseHtml: (markup) => prepare(addXPathEvaluate(new DOMParser().parseFromString(markup, 'text/html') as unknown as Document), headingIds),
    matchers: {
      image: ({ context, props }) => ({ _type: 'image', _key: context.keyGenerator(), src: props.src, alt: props.alt, caption: props.caption }),
    },
  })

  const elements: PostElement[] = []
  for (const [index, raw] of blocks.entries()) {
    const where = `block ${index + 1}`
    const block = convertedBlock.parse(raw)
    if (block._type === 'image') {
      const source = block.src ? imageSource(block.src) : undefined
      if (!source) warnings.push(`image "${block.src ?? ''}" (${where}) could not be found; kept without a picture`)
      // Alt text is required once an asset is set; the caption is the best description there is.
      const alt = normalizeSpace(block.alt || block.caption || '')
      if (!alt) warnings.push(`image "${block.src ?? ''}" (${where}) has no alt text; add it in the Studio`)
      elements.push({ kind: 'image', where, image: { _type: 'image', _key: block._key, alt, ...(block.caption ? { caption: block.caption } : {}), ...(source ? { source } : {}) } })
      continue
    }
    const text = normalizeSpace(block.children.map((span) => span.text).join(''))
    if (!text) continue
    if (block.style === 'h2' || block.style === 'h3' || block.style === 'h4') {
      const index = headingIds.findIndex((heading) => heading.text === text)
      const [ids] = index >= 0 ? headingIds.splice(index, 1) : []
      // Exported post content predates the ids Easy-TOC adds on display, so they are derived as it derives them.
      const aliases = ids?.ids.length ? ids.ids : options.deriveEasyTocIds ? [easyTocId(text)] : []
      elements.push({ kind: 'heading', text, level: block.style === 'h2' ? 2 : block.style === 'h3' ? 3 : 4, aliases, where })
      continue
    }
    elements.push({ kind: 'block', block: keepSafeLinks(block, warnings), text, where })
  }
  return { elements, warnings }
}
