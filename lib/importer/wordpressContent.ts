import type { Attachment } from './htmlContent'
import { plainText } from './htmlToPlainText'
import { expandShortcodes } from './shortcodes'

// Tags that already form blocks; WordPress does not wrap them in <p> and neither do we.
const BLOCK_START = /^<(h[1-6]|p|ul|ol|li|dl|blockquote|figure|div|table|pre|hr|section|iframe|video|audio|!--)[\s>/]/i
const MORE = /<!--more(.*?)-->/
const NEXT_PAGE = /<!--nextpage-->/g
// Placeholder for <pre> blocks while paragraphs are found: their blank lines are not paragraph breaks.
const PRE_BLOCK = /<pre[\s>][\s\S]*?<\/pre>/gi

export interface WordpressContentOptions {
  /** An attachment by WordPress post id, for `[gallery ids="..."]`. */
  attachment?: (id: string) => Attachment | undefined
}

export interface WordpressContent {
  html: string
  warnings: string[]
  /** The text before `<!--more-->`, as plain text: the post's excerpt when it has no explicit one. */
  teaser?: string
}

function autop(content: string): string {
  const kept: string[] = []
  const protectedContent = content.replace(PRE_BLOCK, (pre) => {
    kept.push(pre)
    return `<pre data-kept="${kept.length - 1}"></pre>`
  })
  return protectedContent
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('\n')
    .replace(/<pre data-kept="(\d+)"><\/pre>/g, (_match, index: string) => kept[Number(index)] ?? '')
}

/**
 * Post content as WordPress stores it is not quite HTML: the classic editor leaves paragraphs
 * as blank-line-separated text (wpautop adds the <p>s on display), shortcodes stand for markup
 * made at display time, `<!--more-->` marks the teaser and `<!--nextpage-->` splits pages.
 * This does what WordPress did on display, so the HTML converter sees what readers saw.
 */
export function wordpressContent(content: string, options: WordpressContentOptions = {}): WordpressContent {
  const warnings: string[] = []
  const more = MORE.exec(content)
  const teaserSource = more ? content.slice(0, more.index) : undefined
  // Pages are read one after another, as a reader paging through them would.
  const joined = content.replace(MORE, '\n\n').replace(NEXT_PAGE, '\n\n')
  const html = autop(expandShortcodes(joined, options, warnings))
  const teaser = teaserSource === undefined ? undefined : plainText(autop(expandShortcodes(teaserSource, options, [])))
  return { html, warnings, ...(teaser ? { teaser } : {}) }
}

/** The HTML of post content, for callers that need neither warnings nor the teaser. */
export function wordpressContentToHtml(content: string, options: WordpressContentOptions = {}): string {
  return wordpressContent(content, options).html
}
