/**
 * The fixed lines WordPress posts of this kind use to mark structure. They are recognised
 * the same way in every format, whether they arrive as a bare line, a heading or a bold paragraph.
 */

const TABLE_OF_CONTENTS = /^table of contents:?$/i
const KEY_TAKEAWAY = /^key takeaways?:?$/i
// A callout written on one line: "Key Takeaway: the point of the section."
const INLINE_KEY_TAKEAWAY = /^key takeaways?:\s*(\S.*)$/is
const FAQ_HEADING = /^(faqs?\b|frequently asked questions\b)/i
const CONCLUSION = /^(in )?conclusion(:.*)?$/i

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
