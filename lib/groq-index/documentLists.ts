import type { GroqDocument } from './groqDocument'

type Documents = readonly GroqDocument[]

/** Set operations on lists of documents in dataset order, whose results stay in dataset order. */
export function documentLists(position: ReadonlyMap<GroqDocument, number>) {
  const sets = new WeakMap<Documents, Set<GroqDocument>>()
  const setOf = (list: Documents) => {
    let set = sets.get(list)
    if (!set) sets.set(list, (set = new Set(list)))
    return set
  }

  /** Merges the lists, dropping repeats. */
  function union(lists: Documents[]): Documents {
    if (lists.length === 1) return lists[0]!
    const heads = lists.map(() => 0)
    const merged: GroqDocument[] = []
    for (;;) {
      let best = -1
      let bestPosition = Infinity
      lists.forEach((list, i) => {
        const document = list[heads[i]!]
        const at = document ? position.get(document)! : Infinity
        if (at < bestPosition) [best, bestPosition] = [i, at]
      })
      if (best < 0) return merged
      const document = lists[best]![heads[best]!]!
      if (merged[merged.length - 1] !== document) merged.push(document)
      heads[best]!++
    }
  }

  /** The documents in every list: the shortest list, filtered by membership in the others. */
  const intersect = (lists: Documents[]): Documents =>
    lists.reduce((small, large) => {
      const [a, b] = small.length <= large.length ? [small, large] : [large, small]
      const members = setOf(b)
      return a.filter((document) => members.has(document))
    })

  return { union, intersect }
}
