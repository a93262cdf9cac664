import type { Attachment } from './htmlContent'
import { replaceShortcodes, type ShortcodeSyntax } from './shortcodeScanner'

/**
 * WordPress shortcodes produced markup at display time. The ones with a meaning the site can
 * keep become that markup ([caption] a figure, [gallery] a gallery, [embed]/[video]/[audio]
 * an embed); table-of-contents ones are dropped (the site builds its own); any other is kept
 * as text with a warning, so nothing a reader saw disappears silently.
 */

const DROPPED = new Set(['ez-toc', 'toc', 'lwptoc', 'table-of-contents', 'ez-toc-widget-sticky'])
const HANDLED = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'video', 'audio', ...DROPPED])

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

export function shortcodeAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
    attributes.set((match[1] as string).toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

/**
 * "[citation needed]" and "[sic, emphasis added]" are prose in brackets: words after the name
 * with no `=` or quotes are not shortcode attributes.
 */
function isShortcode(name: string, rest: string): boolean {
  if (HANDLED.has(name.toLowerCase())) return true
  const trimmed = rest.trim()
  return trimmed === '' || /[="']/.test(trimmed) || trimmed === '/'
}

function galleryHtml(
  attributes: Map<string, string>,
  options: { attachment?: (id: string) => Attachment | undefined },
  warnings: string[],
): string {
  const ids = (attributes.get('ids') ?? attributes.get('include') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  if (ids.length === 0) {
    warnings.push(
      "a [gallery] without ids (the post's attached images) cannot be imported; add the images in the Studio",
    )
    return ''
  }
  const figures = ids.flatMap((id) => {
    const attachment = options.attachment?.(id)
    if (!attachment) {
      warnings.push(`[gallery] image ${id} is not an attachment in the export; it is left out`)
      return []
    }
    const caption = attachment.caption ? `<figcaption>${escapeText(attachment.caption)}</figcaption>` : ''
    return [
      `<figure class="wp-block-image"><img src="${escapeAttribute(attachment.url)}" alt="${escapeAttribute(attachment.alt ?? '')}" class="wp-image-${escapeAttribute(id)}">${caption}</figure>`,
    ]
  })
  return figures.length > 0 ? `\n\n<figure class="wp-block-gallery">${figures.join('')}</figure>\n\n` : ''
}

function mediaHtml(tag: 'video' | 'audio', attributes: Map<string, string>): string {
  const src =
    attributes.get('src') ??
    ['mp4', 'm4v', 'webm', 'ogv', 'mov', 'mp3', 'ogg', 'wav', 'm4a', 'flac']
      .map((key) => attributes.get(key))
      .find(Boolean) ??
    ''
  return `\n\n<${tag} src="${escapeAttribute(src)}"></${tag}>\n\n`
}

const CAPTION: ShortcodeSyntax = {
  opener: /\[(?:wp_)?caption/gi,
  closer: { pattern: () => /\[\/(?:wp_)?caption\]/gi, presence: 'required' },
}
const EMBED: ShortcodeSyntax = { opener: /\[embed/gi, closer: { pattern: () => /\[\/embed\]/gi, presence: 'required' } }
const MEDIA_CLOSERS = { video: /\[\/video\]/gi, audio: /\[\/audio\]/gi }
const MEDIA: ShortcodeSyntax = {
  opener: /\[(video|audio)/gi,
  closer: {
    pattern: (opener) => (opener[1]?.toLowerCase() === 'video' ? MEDIA_CLOSERS.video : MEDIA_CLOSERS.audio),
    presence: 'optional',
  },
}
// [name], [name attr="v" other], [/name]: the name ends at a space or the `]`.
const TAG: ShortcodeSyntax = { opener: /\[(\/?)([A-Za-z][\w-]*)/g }

function captionHtml(attributes: string, inner: string): string {
  const image = /^\s*((?:<a[^>]*>)?\s*<img[^>]*>\s*(?:<\/a>)?)/i.exec(inner)
  const captionText = image ? inner.slice(image[0].length).trim() : inner.trim()
  // Before WordPress 3.4 the caption was an attribute.
  const caption = captionText || escapeText(shortcodeAttributes(attributes).get('caption') ?? '')
  return `\n\n<figure>${image ? image[1] : ''}<figcaption>${caption}</figcaption></figure>\n\n`
}

// Shortcodes are found by lib/importer/shortcodeScanner.ts, in time linear in the content's
// length: these patterns as regular expressions were quadratic on unmatched openers.
export function expandShortcodes(
  content: string,
  options: { attachment?: (id: string) => Attachment | undefined },
  warnings: string[],
): string {
  const withCaptions = replaceShortcodes(content, CAPTION, ({ attributes, inner }) =>
    captionHtml(attributes, inner ?? ''),
  )
  const withEmbeds = replaceShortcodes(withCaptions, EMBED, ({ inner }) => {
    const url = /^\s*([^[\s]+)\s*$/.exec(inner ?? '')?.[1]
    return url
      ? `\n\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${escapeText(url)}</div></figure>\n\n`
      : null
  })
  const withMedia = replaceShortcodes(withEmbeds, MEDIA, ({ opener, attributes }) =>
    mediaHtml(opener[1]?.toLowerCase() === 'video' ? 'video' : 'audio', shortcodeAttributes(attributes)),
  )
  const unknown = new Set<string>()
  const expanded = replaceShortcodes(withMedia, TAG, ({ opener, attributes, text }) => {
    const closing = opener[1] ?? ''
    const name = opener[2] ?? ''
    // The name ran into something else ("[a.b]"): not a shortcode.
    if (attributes !== '' && !/^\s/.test(attributes)) return null
    if (!isShortcode(name, attributes)) return text
    const lower = name.toLowerCase()
    if (DROPPED.has(lower)) return ''
    if (lower === 'gallery' && !closing) return galleryHtml(shortcodeAttributes(attributes), options, warnings)
    if (lower === 'gallery') return ''
    if (!closing) unknown.add(name)
    return text
  })
  for (const name of unknown) warnings.push(`unknown shortcode [${name}] kept as text`)
  return expanded
}
