/** Characters of context a search result shows around the words it matched. */
export const SNIPPET_LENGTH = 180
// How much of the window comes before the first match, so the reader sees what leads up to it.
const LEAD = 60

const WORD = /[\p{L}\p{M}\p{N}]+/gu

export type SnippetSource = {
  text: string
  /** Where in the article the text is, e.g. a section heading or "Key takeaway". */
  label: string | null
  /** The id of the part of the article page that holds the text, when it has one. */
  anchor: string | null
}

export type SnippetSegment = { text: string; match: boolean }
export type Snippet = { segments: SnippetSegment[]; label: string | null; anchor: string | null }

type Word = { start: number; end: number; matched: boolean }

function wordsOf(text: string, stems: string[]): Word[] {
  return Array.from(text.matchAll(WORD), (found) => {
    const lower = found[0].toLocaleLowerCase()
    return { start: found.index, end: found.index + found[0].length, matched: stems.some((stem) => lower.startsWith(stem)) }
  })
}

function distinctStemsIn(text: string, stems: string[]): number {
  const lowerWords = (text.match(WORD) ?? []).map((word) => word.toLocaleLowerCase())
  return stems.filter((stem) => lowerWords.some((word) => word.startsWith(stem))).length
}

// The window starts and ends at word boundaries, so no word is shown cut in half.
function windowAround(text: string, words: Word[], firstMatch: Word): { start: number; end: number } {
  if (text.length <= SNIPPET_LENGTH) return { start: 0, end: text.length }
  const wantedStart = Math.max(0, Math.min(firstMatch.start - LEAD, text.length - SNIPPET_LENGTH))
  const start = wantedStart === 0 ? 0 : (words.find((word) => word.start >= wantedStart)?.start ?? firstMatch.start)
  const limit = start + SNIPPET_LENGTH
  const end = limit >= text.length ? text.length : ([...words].reverse().find((word) => word.end <= limit && word.end > firstMatch.start)?.end ?? firstMatch.end)
  return { start, end }
}

/**
 * The passage of an article that best shows why it matched: the source holding the most of
 * the search's words (the first one on a tie), cut to SNIPPET_LENGTH around its first match,
 * with every matching word marked. Null when no source contains any of them.
 */
export function buildSnippet(sources: SnippetSource[], terms: string[]): Snippet | null {
  const stems = terms.map((term) => term.replace(/\*+$/, '').toLocaleLowerCase()).filter(Boolean)
  let best: SnippetSource | null = null
  let bestCount = 0
  for (const source of sources) {
    const count = distinctStemsIn(source.text, stems)
    if (count > bestCount) {
      best = source
      bestCount = count
    }
  }
  if (!best) return null

  const text = best.text.replace(/\s+/g, ' ').trim()
  const words = wordsOf(text, stems)
  const firstMatch = words.find((word) => word.matched)
  if (!firstMatch) return null
  const { start, end } = windowAround(text, words, firstMatch)

  const segments: SnippetSegment[] = []
  let cursor = start
  for (const word of words) {
    if (!word.matched || word.start < start || word.end > end) continue
    if (word.start > cursor) segments.push({ text: text.slice(cursor, word.start), match: false })
    segments.push({ text: text.slice(word.start, word.end), match: true })
    cursor = word.end
  }
  if (cursor < end) segments.push({ text: text.slice(cursor, end), match: false })
  if (start > 0) segments.unshift({ text: '…', match: false })
  if (end < text.length) segments.push({ text: '…', match: false })
  return { segments, label: best.label, anchor: best.anchor }
}
