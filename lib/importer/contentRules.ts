import type { ArbitraryTypedObject, DeserializerRule, TypedObject } from '@portabletext/block-tools'
import { z } from 'zod'
import { embedTarget, oembedProvider, webUrl } from './embeds'
import { hasClass, isElement, normalizeSpace, tagOf, visibleText } from './htmlDom'
import type { EmbedKind } from './portableText'

/**
 * block-tools rules for what is not running text: tables, code, definition lists, images with
 * their captions and links, galleries, embeds, and Yoast's FAQ questions. They run before
 * block-tools' own rules, so these elements become one object each instead of loose paragraphs.
 * Images come out as `rawImage` shapes (src, not asset); html-content.ts resolves them.
 */

const ALLOWED_CAPTION_LINK = /^(https?:|mailto:|tel:)/i

export const rawImage = z.object({
  _type: z.literal('image'),
  src: z.string(),
  alt: z.string(),
  /** WordPress's attachment id, from the `wp-image-<id>` class. */
  attachmentId: z.string().optional(),
  caption: z.string().optional(),
  captionLinks: z.array(z.object({ text: z.string(), href: z.string() })).optional(),
  link: z.string().optional(),
})
export type RawImage = z.infer<typeof rawImage>

export interface RuleContext {
  warn: (message: string) => void
}

const IMAGE_CONTAINERS = 'figure, .wp-caption, .gallery-item, .blocks-gallery-item, .tiled-gallery-item'
const CAPTIONS = 'figcaption, .wp-caption-text, .gallery-caption, .wp-element-caption'

function imageSrc(img: Element): string {
  const src = img.getAttribute('src') ?? ''
  // Lazy-loading plugins put a placeholder in src and the picture in data-src.
  const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-lazy-src') ?? img.getAttribute('data-orig-file')
  return (!src || src.startsWith('data:')) && lazy ? lazy : src
}

function captionOf(container: Element | null, context: RuleContext): Pick<RawImage, 'caption' | 'captionLinks'> {
  const caption = container?.querySelector(CAPTIONS)
  if (!caption) return {}
  const text = visibleText(caption)
  const links: NonNullable<RawImage['captionLinks']> = []
  for (const anchor of Array.from(caption.querySelectorAll('a[href]'))) {
    const href = anchor.getAttribute('href') ?? ''
    const linkText = visibleText(anchor)
    if (!linkText) continue
    if (ALLOWED_CAPTION_LINK.test(href)) links.push({ text: linkText, href })
    else context.warn(`caption link to "${href}" dropped: links must be http(s), mailto or tel (its text is kept)`)
  }
  return { ...(text ? { caption: text } : {}), ...(links.length > 0 ? { captionLinks: links } : {}) }
}

/** One image, with the caption and link of the figure (or gallery item) it sits in. */
function imageOf(img: Element, context: RuleContext): RawImage {
  const container = img.closest(IMAGE_CONTAINERS)
  const anchor = img.closest('a')
  const link = anchor && (!container || container.contains(anchor)) ? webUrl(anchor.getAttribute('href')) : undefined
  const attachmentId = /\bwp-image-(\d+)\b/.exec(img.getAttribute('class') ?? '')?.[1]
  return {
    _type: 'image',
    src: imageSrc(img),
    alt: normalizeSpace(img.getAttribute('alt') ?? ''),
    ...(attachmentId ? { attachmentId } : {}),
    ...captionOf(container, context),
    ...(link ? { link } : {}),
  }
}

function cellTexts(row: Element): string[] {
  return Array.from(row.children)
    .filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th')
    .map((cell) => visibleText(cell))
}

function tableOf(table: Element, figure: Element | null) {
  const rows = Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table)
  const head = rows.filter((row) => row.parentElement && tagOf(row.parentElement) === 'thead')
  const body = rows.filter((row) => !head.includes(row))
  const ordered = [...head, ...body]
  const first = ordered[0]
  const headerRow =
    head.length > 0 || (first !== undefined && Array.from(first.children).every((cell) => tagOf(cell) === 'th'))
  const caption = visibleText(
    table.querySelector('caption') ?? figure?.querySelector('figcaption') ?? table.ownerDocument.createElement('span'),
  )
  return {
    _type: 'dataTable',
    ...(caption ? { caption } : {}),
    headerRow,
    table: { _type: 'table', rows: ordered.map((row) => ({ _type: 'tableRow', _key: '', cells: cellTexts(row) })) },
  }
}

function codeOf(pre: Element) {
  const code = pre.querySelector('code')
  const classes = `${pre.getAttribute('class') ?? ''} ${code?.getAttribute('class') ?? ''} ${pre.getAttribute('data-language') ?? ''}`
  const language = /\b(?:language|lang)-([\w+#-]+)/.exec(classes)?.[1] ?? /\bbrush:\s*([\w+#-]+)/.exec(classes)?.[1]
  // Code keeps its line breaks and indentation; only the outer blank lines go.
  const text = (pre.textContent ?? '').replace(/^\n+|\s+$/g, '')
  return { _type: 'code', code: text, ...(language ? { language: language.toLowerCase() } : {}) }
}

function definitionListOf(list: Element) {
  const items: Array<{ _type: 'definitionItem'; _key: string; term: string; definition: string }> = []
  let terms: string[] = []
  let definitions: string[] = []
  const flush = () => {
    for (const term of terms) items.push({ _type: 'definitionItem', _key: '', term, definition: definitions.join(' ') })
    terms = []
    definitions = []
  }
  // A <div> may group a dt with its dd (HTML allows it); its children count as the list's own.
  const entries = Array.from(list.children).flatMap((child) =>
    tagOf(child) === 'div' ? Array.from(child.children) : [child],
  )
  for (const entry of entries) {
    if (tagOf(entry) === 'dt') {
      if (definitions.length > 0) flush()
      terms.push(visibleText(entry))
    } else if (tagOf(entry) === 'dd') definitions.push(visibleText(entry))
  }
  flush()
  return { _type: 'definitionList', items }
}

function isGallery(element: Element): boolean {
  return hasClass(element, 'wp-block-gallery', 'gallery', 'tiled-gallery', 'blocks-gallery-grid')
}

function galleryOf(
  gallery: Element,
  context: RuleContext,
  block: (props: ArbitraryTypedObject) => TypedObject,
): TypedObject[] {
  const images = Array.from(gallery.querySelectorAll('img')).map((img) => imageOf(img, context))
  // The gallery's own caption (not an image's) has no place in the gallery block: it follows it as text.
  const own = Array.from(gallery.children).find(
    (child) => tagOf(child) === 'figcaption' || hasClass(child, 'blocks-gallery-caption'),
  )
  const caption = own ? visibleText(own) : ''
  const blocks = [block({ _type: 'gallery', images })]
  if (caption) blocks.push(block({ _type: 'galleryCaption', text: caption }))
  return blocks
}

function embedOf(url: string | undefined, kind: EmbedKind, title: string, what: string, context: RuleContext) {
  const target = url ? embedTarget(url, kind) : undefined
  if (!target) {
    context.warn(`${what} "${url ?? ''}" dropped: only http(s) addresses can be embedded`)
    return undefined
  }
  return {
    _type: 'embed',
    url: target.url,
    kind: target.kind,
    ...(target.provider ? { provider: target.provider } : {}),
    ...(title ? { title } : {}),
  }
}

function mediaSrc(media: Element): string | undefined {
  return media.getAttribute('src') ?? media.querySelector('source[src]')?.getAttribute('src') ?? undefined
}

/** A Gutenberg embed, video or audio block: the URL is the wrapper's text, or the player's src. */
function embedBlockOf(figure: Element, context: RuleContext) {
  const media = figure.querySelector('iframe, video, audio')
  const wrapper = figure.querySelector('.wp-block-embed__wrapper')
  const url =
    normalizeSpace(wrapper?.textContent ?? '') ||
    (media ? mediaSrc(media) : undefined) ||
    figure.querySelector('a[href]')?.getAttribute('href') ||
    undefined
  const caption = figure.querySelector('figcaption')
  const title = caption ? visibleText(caption) : normalizeSpace(media?.getAttribute('title') ?? '')
  const kind: EmbedKind =
    media && tagOf(media) !== 'iframe'
      ? (tagOf(media) as 'video' | 'audio')
      : hasClass(figure, 'is-type-video', 'wp-block-video')
        ? 'video'
        : hasClass(figure, 'is-type-audio', 'wp-block-audio')
          ? 'audio'
          : 'link'
  return embedOf(url, kind, title, 'embed', context)
}

/** A paragraph that is only an oEmbed URL (bare, or as its own link text): WordPress showed a player. */
function loneOembedUrl(paragraph: Element): string | undefined {
  const text = normalizeSpace(paragraph.textContent ?? '')
  if (!/^https?:\/\/\S+$/.test(text)) return undefined
  const elements = Array.from(paragraph.children)
  const onlyItsLink =
    elements.every((child) => tagOf(child) === 'a' && normalizeSpace(child.textContent ?? '') === text) ||
    elements.length === 0
  return onlyItsLink && oembedProvider(text) ? text : undefined
}

function onlyImage(anchor: Element): Element | undefined {
  const images = anchor.querySelectorAll('img')
  return images.length === 1 && normalizeSpace(visibleText(anchor)) === '' ? (images[0] as Element) : undefined
}

export function contentRules(context: RuleContext): DeserializerRule[] {
  return [
    {
      deserialize(node, _next, createBlock) {
        if (!isElement(node)) return undefined
        const block = (props: ArbitraryTypedObject): TypedObject => createBlock(props)
        const tag = tagOf(node)
        const embedResult = (embed: ReturnType<typeof embedOf>): TypedObject | TypedObject[] =>
          embed ? block(embed) : []

        if (hasClass(node, 'schema-faq-question')) return block({ _type: 'faqQuestion', text: visibleText(node) })
        if (tag === 'table') return block(tableOf(node, null))
        if (tag === 'figure' && node.querySelector('table'))
          return block(tableOf(node.querySelector('table') as Element, node))
        if (tag === 'pre') return block(codeOf(node))
        if (tag === 'dl') return block(definitionListOf(node))
        if (isGallery(node) && node.querySelector('img')) return galleryOf(node, context, block)
        if ((tag === 'figure' || tag === 'div') && hasClass(node, 'wp-block-embed', 'wp-block-video', 'wp-block-audio'))
          return embedResult(embedBlockOf(node, context))
        if (tag === 'iframe')
          return embedResult(
            embedOf(
              node.getAttribute('src') ?? undefined,
              'iframe',
              normalizeSpace(node.getAttribute('title') ?? ''),
              'iframe',
              context,
            ),
          )
        if (tag === 'video' || tag === 'audio')
          return embedResult(
            embedOf(mediaSrc(node), tag, normalizeSpace(node.getAttribute('title') ?? ''), tag, context),
          )
        if (tag === 'p') {
          const url = loneOembedUrl(node)
          if (url) return embedResult(embedOf(url, 'link', '', 'embed', context))
        }
        if ((tag === 'figure' || hasClass(node, 'wp-caption')) && node.querySelector('img')) {
          const images = Array.from(node.querySelectorAll('img'))
          return images.length === 1
            ? block(imageOf(images[0] as Element, context))
            : block({ _type: 'gallery', images: images.map((img) => imageOf(img, context)) })
        }
        if (tag === 'a') {
          const img = onlyImage(node)
          if (img) return block(imageOf(img, context))
        }
        if (tag === 'img') return block(imageOf(node, context))
        return undefined
      },
    },
  ]
}
