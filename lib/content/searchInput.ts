/** Longest search the site runs, in characters; anything beyond is cut off. */
export const MAX_QUERY_LENGTH = 100

// Words are runs of letters (with their combining marks) and digits in any script. Everything
// else, including GROQ's `*` wildcard, quotes and operators, only separates words: the terms
// are passed to GROQ as a parameter, so punctuation can never change what the query does.
const WORD = /[\p{L}\p{M}\p{N}]+/gu

export type SearchInput = {
  /** What the reader typed, trimmed and cut to MAX_QUERY_LENGTH, to show back in the form. */
  text: string
  /** Whether the text was cut. */
  truncated: boolean
  /** GROQ `match` patterns: each word as a prefix, so "ketam" finds "ketamine". */
  terms: string[]
}

/** Reads `?q=` (a repeated parameter counts by its first value) into terms safe to match on. */
export function parseSearchInput(raw: string | string[] | undefined): SearchInput {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  // Code points, not UTF-16 units, so the cut never splits an emoji or other astral character.
  const characters = Array.from(value.normalize('NFC').trim())
  const truncated = characters.length > MAX_QUERY_LENGTH
  const text = characters.slice(0, MAX_QUERY_LENGTH).join('').trim()
  const words = [...new Set((text.match(WORD) ?? []).map((word) => word.toLocaleLowerCase()))]
  // A one-letter word as a prefix matches nearly everything; it counts only when it is all there is.
  const meaningful = words.filter((word) => Array.from(word).length > 1)
  return { text, truncated, terms: (meaningful.length > 0 ? meaningful : words).map((word) => `${word}*`) }
}
