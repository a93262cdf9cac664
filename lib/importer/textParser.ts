import { slugify } from '../content/slugify'
import { StructureError } from './errors'
import { easyTocId } from './anchors'
import { isFaqHeading, isMarker, isTableOfContents } from './markers'
import { isHeadingLike, isQuestion, isTitleLike } from './lineShape'
import type { Element, ParsedPost, PostMeta } from './parsedPost'
import { paragraph, type ImageSource } from './portableText'

interface Line {
  text: string
  number: number
}

// Scraped WordPress text pads with non-breaking spaces; a line of only those is blank.
function cleanLine(raw: string): string {
  return raw.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0]+$/gu, '')
}

function nonBlankLines(text: string): Line[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: cleanLine(raw), number: index + 1 }))
    .filter((line) => line.text.length > 0)
}

// A caption is a heading-like line directly followed by another heading-like line: the image
// it described was dropped by the scrape, leaving its caption between the text and the next heading.
function isCaption(line: Line, next: Line | undefined): boolean {
  return (
    next !== undefined &&
    isHeadingLike(line.text) &&
    !isQuestion(line.text) &&
    !isFaqHeading(line.text) &&
    !isMarker(next.text) &&
    isHeadingLike(next.text)
  )
}

/**
 * Plain text as scraped from WordPress: the title on the first line, then one paragraph or
 * heading per line. Heading levels are left for structure detection to infer.
 * `imageFor(n)` gives the file standing in for the n-th (1-based) caption, if there is one.
 */
export function parseText(
  text: string,
  slugSource: string,
  meta: PostMeta,
  imageFor: (n: number) => ImageSource | undefined,
): ParsedPost {
  const lines = nonBlankLines(text)
  const [titleLine, ...body] = lines
  if (!titleLine) throw new StructureError(undefined, 'the file is empty')
  if (!isTitleLike(titleLine.text)) {
    throw new StructureError(`line ${titleLine.number}`, 'no title: the first line reads like a paragraph, not a title')
  }
  // The "Table Of Contents:" line is what the Easy-TOC plugin leaves in a scrape: its heading ids existed.
  const hadEasyToc = body.some((line) => isTableOfContents(line.text))
  let images = 0
  const elements: Element[] = body.map((line, index): Element => {
    const where = `line ${line.number}`
    if (isCaption(line, body[index + 1])) {
      images += 1
      const source = imageFor(images)
      return {
        kind: 'image',
        where,
        image: { _type: 'image', _key: '', alt: line.text, caption: line.text, ...(source ? { source } : {}) },
      }
    }
    if (isHeadingLike(line.text)) {
      return {
        kind: 'heading',
        text: line.text,
        level: undefined,
        aliases: hadEasyToc ? [easyTocId(line.text)] : [],
        where,
      }
    }
    return { kind: 'block', block: paragraph(line.text), text: line.text, where }
  })
  return { title: titleLine.text, slug: slugify(slugSource), elements, meta }
}
