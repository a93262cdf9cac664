/**
 * The fixed lines WordPress posts of this kind use to mark structure, in English and Spanish
 * (a clinic's Spanish posts are written the same way). They are recognised the same way in
 * every format, whether they arrive as a bare line, a heading or a bold paragraph.
 */

const TABLE_OF_CONTENTS = /^(table of contents|tabla de contenidos?):?$/iu
const TAKEAWAY_LABEL = String.raw`(?:key takeaways?|puntos? clave|conclusi(?:ón|on|ones) clave)`
const KEY_TAKEAWAY = new RegExp(`^${TAKEAWAY_LABEL}:?$`, 'iu')
// A callout written on one line: "Key Takeaway: the point of the section." / "Puntos clave: ..."
const INLINE_KEY_TAKEAWAY = new RegExp(`^${TAKEAWAY_LABEL}:\\s*(\\S.*)$`, 'isu')
// "\b" is ASCII-only, so the end of the Spanish words is written out: a space, punctuation or the end.
const FAQ_HEADING = /^(faqs?\b|frequently asked questions\b|preguntas (?:más |mas )?frecuentes(?=$|[\s:.,;(¿?-]))/iu
const CONCLUSION = /^((in )?conclusion|(en )?conclusi[oó]n)(:.*)?$/iu

export function isTableOfContents(text: string): boolean {
  return TABLE_OF_CONTENTS.test(text)
}

export function isKeyTakeaway(text: string): boolean {
  return KEY_TAKEAWAY.test(text) || INLINE_KEY_TAKEAWAY.test(text)
}

/** The takeaway itself when it shares the callout's line; undefined when it is the next paragraph. */
export function keyTakeawayText(text: string): string | undefined {
  return INLINE_KEY_TAKEAWAY.exec(text)?.[1]?.trim()
}

export function isFaqHeading(text: string): boolean {
  return FAQ_HEADING.test(text)
}

export function isConclusionHeading(text: string): boolean {
  return CONCLUSION.test(text)
}

export function isMarker(text: string): boolean {
  return isTableOfContents(text) || isKeyTakeaway(text)
}
