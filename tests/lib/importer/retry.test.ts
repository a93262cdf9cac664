import { backoffMs, classify, retryAfterMs, withRetry, WriteFailedError } from '@/lib/importer/retry'

const httpError = (statusCode: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${statusCode}`), { statusCode, response: { headers } })

describe('retrying writes', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(retryAfterMs('12', now)).toBe(12_000)
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000)
    expect(retryAfterMs('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0)
    expect(retryAfterMs('soon', now)).toBeUndefined()
    expect(retryAfterMs(undefined, now)).toBeUndefined()
  })

  it('retries rate limits, server errors, timeouts and dropped connections, not refusals', () => {
    expect(classify(httpError(429, { 'retry-after': '3' }))).toEqual({
      retriable: true,
      reason: 'HTTP 429',
      retryAfterMs: 3000,
    })
    for (const status of [408, 500, 502, 503, 504]) expect(classify(httpError(status)).retriable).toBe(true)
    for (const status of [400, 401, 403, 404, 409, 413]) expect(classify(httpError(status)).retriable).toBe(false)
    expect(classify(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })).retriable).toBe(true)
    expect(classify(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).retriable).toBe(true)
    expect(classify(new Error('socket hang up')).retriable).toBe(true)
    expect(classify(new TypeError('Cannot read properties of undefined')).retriable).toBe(false)
  })

  it('doubles the wait up to a ceiling, half of it random', () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 1000 }
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffMs(attempt, { ...policy, random: () => 0 }))).toEqual([
      50, 100, 200, 400, 500, 500,
    ])
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffMs(attempt, { ...policy, random: () => 0.999999 }))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ])
  })

  it('stops after the last attempt, and caps a Retry-After that asks for too long', async () => {
    const waits: number[] = []
    let calls = 0
    const policy = {
      attempts: 3,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      maxRetryAfterMs: 5000,
      random: () => 0,
      sleep: async (ms: number) => void waits.push(ms),
    }
    const failing = withRetry(
      'the write',
      async () => {
        calls += 1
        throw httpError(429, { 'retry-after': '3600' })
      },
      policy,
    )
    await expect(failing).rejects.toThrow(new WriteFailedError('the write', 3, 'HTTP 429', true))
    await expect(failing).rejects.toThrow('the write failed after 3 attempts; last error: HTTP 429')
    expect(calls).toBe(3)
    expect(waits).toEqual([5000, 5000])
    let second = 0
    expect(await withRetry('ok', async () => (++second < 2 ? Promise.reject(httpError(502)) : 'done'), policy)).toBe(
      'done',
    )
  })
})
