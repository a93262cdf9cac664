/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same dataset on every
 * machine and Node version, which Math.random cannot promise.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number
  chance: (probability: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** Up to `count` distinct items, weighted towards the start of the list (popular first). */
  pickSkewed: <T>(items: readonly T[], count: number) => T[]
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick() from an empty list')
    return items[Math.floor(next() * items.length)]!
  }
  // Squaring a uniform number favours small indexes: a few topics hold most articles, as on real blogs.
  const pickSkewed = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<T>()
    for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 20; tries++) {
      chosen.add(items[Math.floor(next() ** 2 * items.length)]!)
    }
    return [...chosen]
  }
  return { next, int, chance: (probability) => next() < probability, pick, pickSkewed }
}
