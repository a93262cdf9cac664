import { DOMParser } from 'linkedom'

const BLOCK_TAGS =
  /<\/?(p|div|br|li|h[1-6]|blockquote|figure|figcaption|tr|td|th|dt|dd|section|article|ul|ol|table|pre)\b[^>]*>/gi

/**
 * Titles and excerpts are plain text in the schema, but WordPress lets them hold markup and
 * entities ("Caf&eacute; <em>and</em> tea"). Markup goes, entities are decoded, and white space
 * (including the space block tags implied) becomes single spaces.
 */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return normalizeSpace(html)
  const spaced = html.replace(BLOCK_TAGS, ' ')
  const document = new DOMParser().parseFromString(
    `<html><body>${spaced}</body></html>`,
    'text/html',
  ) as unknown as Document
  document.querySelectorAll('script, style').forEach((node) => node.remove())
  return normalizeSpace(document.body?.textContent ?? '')
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

/** At most `max` characters, cut at the last word boundary that fits, marked with an ellipsis. */
export function cutAtWord(text: string, max = 300): string {
  if (text.length <= max) return text
  const room = text.slice(0, max) // the ellipsis replaces the space the cut falls on
  const boundary = room.lastIndexOf(' ')
  const cut = (boundary > max / 2 ? room.slice(0, boundary) : room.slice(0, max - 1)).replace(/[\s,;:.–—-]+$/u, '')
  return `${cut}…`
}
