// groq-js's text matching (`match`) and text scoring (`score()`), re-implemented so a search can
// be answered from tokens prepared once instead of re-reading every article. These copy groq-js
// 1.30.3 (src/shared/matching.ts, src/evaluator/scoring.ts) exactly;
// tests/lib/sanity/embedded/textSearch.test.ts compares the results with groq-js's own on the
// bundled dataset, so an upgrade that changes them fails there.

// groq-js writes this as a repeated capture group, `([^…])+`: `match` with /g returns whole
// matches either way, and without the group the engine does less work per character.
const CHARS = /[^!@#$%^&*(),\\/?";:{}|[\]+<>\s-]+/g
const CHARS_WITH_WILDCARD = /([^!@#$%^&(),\\/?";:{}|[\]+<>\s-])+/g
const EDGE_CHARS = /(\b\.+|\.+\b)/g
const MAX_TERM_LENGTH = 1024
const BM25K = 1.2

/** The words `match` sees in one string. */
export function matchTokens(text: string): string[] {
  return text.replace(EDGE_CHARS, '').match(CHARS) ?? []
}

/** The patterns one search string stands for: `*` is any run of characters, case is ignored. */
export function matchPatterns(text: string): RegExp[] {
  const terms = text.replace(EDGE_CHARS, '').match(CHARS_WITH_WILDCARD) ?? []
  return terms.map((term) => new RegExp(`^${term.slice(0, MAX_TERM_LENGTH).replace(/\*/g, '.*')}$`, 'i'))
}

/**
 * The strings `match` reads from a value: a string, or the strings of an array (other items
 * are skipped). `complete` is false when anything was skipped or the value is neither: on the
 * pattern side that makes `match` false and its score 0.
 */
export function textParts(value: unknown): { parts: string[]; complete: boolean } {
  if (typeof value === 'string') return { parts: [value], complete: true }
  if (!Array.isArray(value)) return { parts: [], complete: false }
  const parts = value.filter((item): item is string => typeof item === 'string')
  return { parts, complete: parts.length === value.length }
}

/** What score() adds for one pattern found `frequency` times in a field (BM25's term weight). */
export function patternScore(frequency: number): number {
  return (frequency * (BM25K + 1)) / (frequency + BM25K)
}
