// Deliveries already acted on, by signature. A signature covers the body and a timestamp, so the
// same signature twice is a replay, not a new change. Sanity retries only deliveries that failed,
// and failures are never recorded, so a genuine retry is still accepted. Bounded, per process.
const MAX_REMEMBERED = 1000
const processed = new Set<string>()

export function wasProcessed(signature: string): boolean {
  return processed.has(signature)
}

export function recordProcessed(signature: string): void {
  processed.add(signature)
  if (processed.size > MAX_REMEMBERED) {
    const oldest = processed.values().next().value
    if (oldest !== undefined) processed.delete(oldest)
  }
}
