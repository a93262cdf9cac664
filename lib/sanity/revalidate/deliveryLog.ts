import { REPLAY_WINDOW_MS } from './deliveryAge'

// Deliveries claimed, by signature. A signature covers the body and a timestamp, so the same
// signature twice is a replay, not a new change. A delivery is claimed before any await (checking
// and recording in one synchronous step), so of N concurrent copies exactly one passes; it is
// forgotten when handling it fails, so Sanity's retry of that delivery is still accepted.
// Entries are kept as long as their timestamp is inside the replay window: older deliveries are
// refused by their age, so the log only needs to cover the window. Per process.
const MAX_REMEMBERED = 10_000
const claimed = new Map<string, number>()

function forgetExpired(now: number): void {
  for (const [signature, signedAt] of claimed) {
    if (now - signedAt > REPLAY_WINDOW_MS) claimed.delete(signature)
  }
}

/**
 * Records the delivery if it is not recorded yet (set-if-absent). True when this call claimed it,
 * false when it was already claimed: a replay, or a copy still being handled.
 */
export function claimDelivery(signature: string, signedAt: number, now = Date.now()): boolean {
  if (claimed.has(signature)) return false
  forgetExpired(now)
  claimed.set(signature, signedAt)
  // Only deliveries with a valid signature get here, so this bounds memory against a burst of
  // genuine publishes, not against strangers.
  if (claimed.size > MAX_REMEMBERED) {
    const oldest = claimed.keys().next().value
    if (oldest !== undefined) claimed.delete(oldest)
  }
  return true
}

/** Releases a claimed delivery whose handling failed, so its retry is accepted. */
export function forgetDelivery(signature: string): void {
  claimed.delete(signature)
}
