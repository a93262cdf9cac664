import { slugify } from '../content/slugify'

/**
 * The id WordPress's Easy Table of Contents plugin gave a heading ("Heading_Text"): reserved,
 * quote and punctuation characters dropped, dashes unified, white space turned into underscores.
 * Old deep links use these, so they are kept as aliases of the new anchors.
 */
export function easyTocId(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u00ad]/g, (char) => (char === '\u00ad' ? '' : ' '))
    .replace(/[*'();@&=+$,/?#[\]%{}|\\^~`.!:‘’“”"<>]/g, '')
    .replace(/[–—]/g, '-')
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[-_]+$/, '')
}

/** Gives each heading a slug anchor, numbering repeats so every anchor on a page is unique. */
export function uniqueAnchors(headings: string[]): string[] {
  const used = new Set<string>()
  return headings.map((heading) => {
    const base = slugify(heading) || 'section'
    let anchor = base
    for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`
    used.add(anchor)
    return anchor
  })
}
