// Tags that already form blocks; WordPress does not wrap them in <p> and neither do we.
const BLOCK_START = /^<(h[1-6]|p|ul|ol|li|blockquote|figure|div|table|pre|hr|section|!--)[\s>/]/i

/**
 * Post content as WordPress stores it is not quite HTML: the classic editor leaves paragraphs
 * as blank-line-separated text (wpautop adds the <p>s on display) and images with captions as
 * [caption] shortcodes. This does the same so the HTML converter sees what readers saw.
 */
export function wordpressContentToHtml(content: string): string {
  const withFigures = content.replace(
    /\[caption[^\]]*\]\s*((?:<a[^>]*>)?\s*<img[^>]*>\s*(?:<\/a>)?)\s*([\s\S]*?)\[\/caption\]/gi,
    (_match, image: string, caption: string) => `<figure>${image}<figcaption>${caption.trim()}</figcaption></figure>`,
  )
  // Other shortcodes ([ez-toc], [gallery], ...) produced markup at display time only; keep their inner text.
  const withoutShortcodes = withFigures.replace(/\[\/?[a-z][\w-]*(?:\s[^\]]*)?\]/gi, '')
  return withoutShortcodes
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('\n')
}
