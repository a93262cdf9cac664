import { safeHref } from './safeHref'

/** A run of caption text, linked when `href` is set. */
export type CaptionSegment = { text: string; href: string | null }

type CaptionLinkInput = { text?: string | null; href?: string | null }

/**
 * A caption split into plain and linked runs: each link marks the first place its text appears.
 * A link with an unsafe address (anything but http, https, mailto, tel), with text the caption
 * does not hold, or overlapping a link placed before it is ignored, so the caption always reads
 * exactly as written.
 */
export function captionSegments(
  caption: string,
  links: readonly CaptionLinkInput[] | null | undefined,
): CaptionSegment[] {
  const placed: { start: number; end: number; href: string }[] = []
  for (const link of links ?? []) {
    const href = safeHref(link.href)
    const text = link.text ?? ''
    if (!href || !text) continue
    const start = caption.indexOf(text)
    const end = start + text.length
    if (start < 0 || placed.some((other) => start < other.end && other.start < end)) continue
    placed.push({ start, end, href })
  }
  placed.sort((a, b) => a.start - b.start)
  const segments: CaptionSegment[] = []
  let cursor = 0
  for (const { start, end, href } of placed) {
    if (start > cursor) segments.push({ text: caption.slice(cursor, start), href: null })
    segments.push({ text: caption.slice(start, end), href })
    cursor = end
  }
  if (cursor < caption.length) segments.push({ text: caption.slice(cursor), href: null })
  return segments
}

/** The address an image or a media card may lead to: web pages only (http, https), else null. */
export function webHref(href: unknown): string | null {
  const safe = safeHref(href)
  return safe && /^https?:/.test(safe) ? safe : null
}
