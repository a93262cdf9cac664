/** How a rate limit refills and how many clients it remembers. */
export type TokenBucketOptions = {
  /** Requests a client may make at once, from a full bucket. */
  capacity: number
  /** Tokens added per second, up to `capacity`: the sustained rate allowed. */
  refillPerSecond: number
  /** Most clients remembered; beyond it the least recently seen is forgotten. */
  maxClients: number
}

/** `allowed`, or not and how many whole seconds until the next request would be. */
export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Bucket = { tokens: number; updatedMs: number }

/**
 * Token buckets in memory, one per client key. The map never holds more than `maxClients`
 * entries: forgetting a client only gives it a full bucket again, so a flood of distinct keys
 * costs bounded memory and can at worst escape the limit, never exhaust the server.
 */
export function createTokenBuckets({ capacity, refillPerSecond, maxClients }: TokenBucketOptions) {
  const buckets = new Map<string, Bucket>()
  return {
    take(key: string, nowMs: number = Date.now()): TakeResult {
      const previous = buckets.get(key)
      const elapsedSeconds = previous ? Math.max(0, nowMs - previous.updatedMs) / 1000 : 0
      const tokens = previous ? Math.min(capacity, previous.tokens + elapsedSeconds * refillPerSecond) : capacity
      // Re-inserted on every visit, so the Map's insertion order is least recently seen first.
      buckets.delete(key)
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!)
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, updatedMs: nowMs })
        return { allowed: true }
      }
      buckets.set(key, { tokens, updatedMs: nowMs })
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) }
    },
    /** Clients currently remembered (for tests). */
    get size(): number {
      return buckets.size
    },
  }
}
