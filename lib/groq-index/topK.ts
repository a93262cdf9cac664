import { readPath, type DocPath, type Json, type Resolve } from './docPath'
import type { GroqDocument } from './groqDocument'

/** `order(<paths>)[0...count]` (or `[count - 1]`) applied to a filter's result. */
export type Limit = { order: { path: DocPath; desc: boolean }[]; count: number }

// groq-js's total order of values: dates, numbers, strings, booleans, then everything else as equal.
const RANK: Record<string, number> = { number: 2, string: 3, boolean: 4 }

function compare(a: Json, b: Json): number {
  const rankA = (a !== null && RANK[typeof a]) || 100
  const rankB = (b !== null && RANK[typeof b]) || 100
  if (rankA !== rankB) return rankA - rankB
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if ((typeof a === 'number' || typeof a === 'boolean') && typeof a === typeof b) return Number(a) - Number(b)
  return 0
}

/**
 * The documents an `order(...)[0...count]` of `matches` can return, still in dataset order.
 * groq-js sorts stably (ties keep their order), so sorting this subset gives the same first
 * `count` documents, in the same order, as sorting all matches: each document kept compares with
 * every other kept document exactly as before, and each dropped one sorted after them.
 */
export function orderSubset(
  matches: readonly GroqDocument[],
  { order, count }: Limit,
  resolve: Resolve,
): GroqDocument[] {
  if (matches.length <= count) return [...matches]
  if (count === 0) return []
  const keysOf = (document: GroqDocument) => order.map(({ path }) => readPath(path, document as Json, resolve))
  type Entry = { position: number; keys: Json[] }
  const before = (a: Entry, b: Entry) => {
    for (let i = 0; i < order.length; i++) {
      const result = compare(a.keys[i]!, b.keys[i]!)
      if (result !== 0) return (order[i]!.desc ? -result : result) < 0
    }
    return a.position < b.position
  }
  if (count > 64) {
    const all = matches.map((document, position) => ({ position, keys: keysOf(document) }))
    all.sort((a, b) => (before(a, b) ? -1 : 1))
    return all
      .slice(0, count)
      .sort((a, b) => a.position - b.position)
      .map(({ position }) => matches[position]!)
  }
  // The best `count` so far, best first: one pass, each match compared with at most `count` kept ones.
  const kept: Entry[] = []
  matches.forEach((document, position) => {
    const entry = { position, keys: keysOf(document) }
    if (kept.length === count && !before(entry, kept[count - 1]!)) return
    let at = kept.length
    while (at > 0 && before(entry, kept[at - 1]!)) at--
    kept.splice(at, 0, entry)
    if (kept.length > count) kept.pop()
  })
  return kept.sort((a, b) => a.position - b.position).map(({ position }) => matches[position]!)
}
