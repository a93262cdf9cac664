// Splits plain text into sentences, keeping character offsets, so a hit can be told apart from a
// source in the next sentence. Headings and blocks are split separately by the callers, so a
// sentence never runs across two blocks.

export type SentenceRange = { start: number; end: number; text: string }

// A full stop after these is not the end of a sentence ("Dr. Smith", "e.g. ketamine").
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'no',
  'fig',
  'u.s',
])

const BOUNDARY = /[.!?\u2026]+["'\u201d\u2019)\]]*(?=\s)|\n+/g

export function splitSentences(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = []
  let start = 0
  const push = (end: number) => {
    // Trim the range, not just the text, so offsets stay true.
    let from = start
    let to = end
    while (from < to && /\s/.test(text[from]!)) from++
    while (to > from && /\s/.test(text[to - 1]!)) to--
    if (to > from) sentences.push({ start: from, end: to, text: text.slice(from, to) })
  }
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length
    if (!match[0].startsWith('\n')) {
      const before = text.slice(start, match.index)
      const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase()
      if (match[0].startsWith('.') && lastWord && ABBREVIATIONS.has(lastWord)) continue
      // "… 3 p.m. and then" or a lowercase continuation: not a new sentence.
      const next = /\S/.exec(text.slice(end))
      if (next && /\p{Ll}/u.test(next[0])) continue
    }
    push(end)
    start = end
  }
  push(text.length)
  return sentences
}

/** The sentence that holds the character at `offset`. */
export function sentenceAt(sentences: SentenceRange[], offset: number): SentenceRange | undefined {
  return sentences.find((sentence) => offset >= sentence.start && offset < sentence.end)
}
