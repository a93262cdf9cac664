import { createHash } from 'node:crypto'
import { CLOCK_SKEW_MS, REPLAY_WINDOW_MS } from '../sanity/revalidate/deliveryAge'
import { claimDelivery, forgetDelivery } from '../sanity/revalidate/deliveryLog'
import { sharedRedis, UNAVAILABLE, type GuardedStore } from './redisConnection'

/** The webhook's replay log (deliveryLog.ts's contract), asynchronous so it can live in Redis. */
export type DeliveryLog = {
  /** True when this call claimed the delivery; false for a replay or a copy being handled. */
  claimDelivery(signature: string, signedAt: number): Promise<boolean>
  /** Releases a claimed delivery whose handling failed, so Sanity's retry is accepted. */
  forgetDelivery(signature: string): Promise<void>
}

// A signature dated up to CLOCK_SKEW_MS ahead is accepted until then + REPLAY_WINDOW_MS, so it is
// remembered that long after it is claimed.
const REMEMBER_MS = REPLAY_WINDOW_MS + CLOCK_SKEW_MS

function keyFor(signature: string): string {
  return `clinic-blog:delivery:${createHash('sha256').update(signature).digest('base64url')}`
}

/**
 * One log for every instance: SET NX PX is atomic in Redis, so of N copies of a delivery sent to
 * any instances exactly one is claimed.
 *
 * When Redis cannot answer, the claim falls back to this process's log: it fails open across
 * instances. A replay let through costs one revalidation of pages that are current anyway; a
 * genuine delivery refused is answered 409, which Sanity does not retry, so the publish would
 * never reach the site. The signature and its age have been checked before this is asked.
 */
export function redisDeliveryLog(store: GuardedStore): DeliveryLog {
  return {
    async claimDelivery(signature, signedAt) {
      const claimed = await store.attempt((redis) => redis.setIfAbsent(keyFor(signature), '1', REMEMBER_MS))
      return claimed === UNAVAILABLE ? claimDelivery(signature, signedAt) : claimed
    },
    async forgetDelivery(signature) {
      forgetDelivery(signature)
      await store.attempt((redis) => redis.delete(keyFor(signature)))
    },
  }
}

/** The Redis log when REDIS_URL is set, otherwise this process's in-memory one. */
export function deliveryLogStore(redisUrl = process.env.REDIS_URL): DeliveryLog {
  if (redisUrl) return redisDeliveryLog(sharedRedis(redisUrl))
  return {
    claimDelivery: async (signature, signedAt) => claimDelivery(signature, signedAt),
    forgetDelivery: async (signature) => forgetDelivery(signature),
  }
}
