/** Characters of context a search result shows around the words it matched. */
export const SNIPPET_LENGTH = 180
// How much of the window comes before the first match, so the reader sees what leads up to it.
const LEAD = 60
// Windows tried per text: enough for any real passage, bounded for a word found hundreds of times.
const MAX_WINDOWS = 50

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

/** A word of the text, with the search stem it starts with, if any. */
type Word = { start: number; end: number; stem: string | undefined }

function wordsOf(text: string, stems: string[]): Word[] {
  return Array.from(text.matchAll(WORD), (found) => {
    const lower = found[0].toLocaleLowerCase()
    return {
      start: found.index,
      end: found.index + found[0].length,
      stem: stems.find((stem) => lower.startsWith(stem)),
    }
  })
}

function distinctStemsIn(text: string, stems: string[]): number {
  const lowerWords = (text.match(WORD) ?? []).map((word) => word.toLocaleLowerCase())
  return stems.filter((stem) => lowerWords.some((word) => word.startsWith(stem))).length
}

// The window starts and ends at word boundaries, so no word is shown cut in half.
function windowAround(text: string, words: Word[], match: Word): { start: number; end: number } {
  if (text.length <= SNIPPET_LENGTH) return { start: 0, end: text.length }
  const wantedStart = Math.max(0, Math.min(match.start - LEAD, text.length - SNIPPET_LENGTH))
  const start = wantedStart === 0 ? 0 : (words.find((word) => word.start >= wantedStart)?.start ?? match.start)
  const limit = start + SNIPPET_LENGTH
  const end =
    limit >= text.length
      ? text.length
      : ([...words].reverse().find((word) => word.end <= limit && word.end > match.start)?.end ?? match.end)
  return { start, end }
}

// Of the windows starting just before each match, the one showing the most different words of
// the search; the earliest of those on a tie.
function bestWindow(text: string, words: Word[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null
  let bestCount = 0
  for (const match of words.filter((word) => word.stem).slice(0, MAX_WINDOWS)) {
    const window = windowAround(text, words, match)
    const shown = new Set(
      words
        .filter((word) => word.stem && word.start >= window.start && word.end <= window.end)
        .map((word) => word.stem),
    )
    if (shown.size > bestCount) {
      best = window
      bestCount = shown.size
    }
  }
  return best
}

/**
 * The passage of an article that best shows why it matched: the source holding the most of
 * the search's words (the first one on a tie), cut to SNIPPET_LENGTH where it shows the most
 * of them, with every matching word marked. Null when no source contains any of them.
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
  const window = bestWindow(text, words)
  if (!window) return null
  const { start, end } = window

  const segments: SnippetSegment[] = []
  let cursor = start
  for (const word of words) {
    if (!word.stem || word.start < start || word.end > end) continue
    if (word.start > cursor) segments.push({ text: text.slice(cursor, word.start), match: false })
    segments.push({ text: text.slice(word.start, word.end), match: true })
    cursor = word.end
  }
  if (cursor < end) segments.push({ text: text.slice(cursor, end), match: false })
  if (start > 0) segments.unshift({ text: '…', match: false })
  if (end < text.length) segments.push({ text: '…', match: false })
  return { segments, label: best.label, anchor: best.anchor }
}
