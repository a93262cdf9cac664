const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The href to render for an editor's link, or null to drop the link and keep its text.
 * Only http, https, mailto and tel pass: javascript:, data:, vbscript: and anything unparsable
 * are dropped however they are disguised (case, whitespace, entities decode before this).
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  if (!trimmed) return null
  try {
    const url = new URL(trimmed)
    return ALLOWED.has(url.protocol) ? url.toString() : null
  } catch {
    return null
  }
}
