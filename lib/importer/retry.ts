/**
 * Retries for writes to the Content Lake. @sanity/client retries only reads (GET and queries),
 * never mutations or uploads, so a long import would stop at the first rate limit (429) or
 * passing 502/503 without this. Retrying is safe because every write the importer sends is
 * idempotent (createOrReplace, createIfNotExists, content-addressed image uploads).
 */

export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number
  /** The first wait; each later one doubles, up to maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
  /** The longest Retry-After honoured; a server asking for longer gets this much. */
  maxRetryAfterMs: number
  sleep: (ms: number) => Promise<void>
  random: () => number
  onRetry?: (event: { what: string; attempt: number; delayMs: number; reason: string }) => void
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
}

/** A write that failed for good: the last reason, and whether retrying was even possible. */
export class WriteFailedError extends Error {
  constructor(
    readonly what: string,
    readonly attempts: number,
    readonly reason: string,
    readonly retriable: boolean,
  ) {
    super(
      retriable ? `${what} failed after ${attempts} attempts; last error: ${reason}` : `${what} was refused: ${reason}`,
    )
    this.name = 'WriteFailedError'
  }
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ESOCKETTIMEDOUT',
])

interface ErrorShape {
  statusCode?: unknown
  code?: unknown
  message?: unknown
  response?: { headers?: Record<string, unknown> }
}

const shapeOf = (error: unknown): ErrorShape =>
  error !== null && typeof error === 'object' ? (error as ErrorShape) : {}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(value: unknown, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (typeof text !== 'string' || !text.trim()) return undefined
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export interface Classified {
  retriable: boolean
  reason: string
  retryAfterMs?: number
}

/** Rate limits, server errors, dropped connections and garbled answers are worth another try; a 4xx is not. */
export function classify(error: unknown): Classified {
  const shape = shapeOf(error)
  const message = typeof shape.message === 'string' ? shape.message : String(error)
  if (typeof shape.statusCode === 'number') {
    const status = shape.statusCode
    const retriable = status === 408 || status === 429 || status >= 500
    const after = retryAfterMs(shape.response?.headers?.['retry-after'])
    return { retriable, reason: message, ...(retriable && after !== undefined ? { retryAfterMs: after } : {}) }
  }
  if (typeof shape.code === 'string' && (NETWORK_CODES.has(shape.code) || shape.code.startsWith('UND_ERR')))
    return { retriable: true, reason: message }
  if (/socket hang up|network|Failed to parsed? response body|fetch failed/i.test(message))
    return { retriable: true, reason: message }
  return { retriable: false, reason: message }
}

/** Exponential backoff with jitter (half fixed, half random), so many importers do not retry in lockstep. */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return Math.round(ceiling / 2 + policy.random() * (ceiling / 2))
}

export async function withRetry<T>(
  what: string,
  run: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      const { retriable, reason, retryAfterMs: after } = classify(error)
      if (!retriable) throw new WriteFailedError(what, attempt, reason, false)
      if (attempt >= policy.attempts) throw new WriteFailedError(what, attempt, reason, true)
      const delayMs = Math.max(backoffMs(attempt, policy), Math.min(after ?? 0, policy.maxRetryAfterMs))
      policy.onRetry?.({ what, attempt, delayMs, reason })
      await policy.sleep(delayMs)
    }
  }
}
