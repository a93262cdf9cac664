// Sanity retries a failed delivery (HTTP 429 or 5xx) with the signature it was first sent with at
// most: until April 2026 "with exponential backoff over a 30-minute window", now "twice at
// 30-second intervals" (sanity.io/docs changelog "Webhooks now retry twice at 30-second
// intervals", v2021-10-04 API, published 2026-04-29). The window keeps the longer, older policy,
// so a genuine retry is never refused whichever one a project runs under.
export const REPLAY_WINDOW_MS = 30 * 60 * 1000
// Clocks differ: a timestamp this far in the future is still accepted.
export const CLOCK_SKEW_MS = 5 * 60 * 1000

// Sanity's header: t=<milliseconds since 1970>,v1=<base64url HMAC> (@sanity/webhook's format).
const SIGNATURE_HEADER = /^t=(\d+)[, ]+v1=[^, ]+$/

/** The timestamp the signature covers, in milliseconds, or null when the header has no valid one. */
export function signedTimestamp(signature: string): number | null {
  const match = SIGNATURE_HEADER.exec(signature.trim())
  if (!match?.[1]) return null
  const timestamp = Number(match[1])
  return Number.isSafeInteger(timestamp) ? timestamp : null
}

/** Whether a delivery signed at `signedAt` is one Sanity could still be sending (or retrying). */
export function isWithinReplayWindow(signedAt: number, now = Date.now()): boolean {
  return now - signedAt <= REPLAY_WINDOW_MS && signedAt - now <= CLOCK_SKEW_MS
}
