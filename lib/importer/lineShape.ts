/**
 * What a bare line of scraped text looks like. Plain text has no markup, so headings, titles,
 * captions and questions are told from paragraphs by their shape alone.
 */

// Closing quotes and brackets do not end a sentence; the character before them does.
const TRAILING_CLOSERS = /["”’')\]]+$/u
const SENTENCE_BREAK = /[.!?…]["”’')\]]*\s+["“‘(]?[\p{Lu}\d]/u
const MAX_HEADING_WORDS = 15
const MAX_HEADING_LENGTH = 120
const MAX_TITLE_LENGTH = 200

function lastMeaningfulChar(line: string): string {
  return line.replace(TRAILING_CLOSERS, '').slice(-1)
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length
}

/** A heading, caption or question: short, one sentence, not ended like a sentence (a "?" is allowed). */
export function isHeadingLike(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING_LENGTH || wordCount(line) > MAX_HEADING_WORDS) return false
  if (SENTENCE_BREAK.test(line)) return false
  return !/[.,;:!…]/u.test(lastMeaningfulChar(line))
}

/** A title may be longer than a heading and end in "!" or "?", but it is still not a paragraph. */
export function isTitleLike(line: string): boolean {
  if (line.length === 0 || line.length > MAX_TITLE_LENGTH || SENTENCE_BREAK.test(line)) return false
  return !/[.,;:…]/u.test(lastMeaningfulChar(line))
}

/** One sentence that asks something: how an FAQ question line looks. */
export function isQuestion(line: string): boolean {
  return lastMeaningfulChar(line) === '?' && !SENTENCE_BREAK.test(line)
}
