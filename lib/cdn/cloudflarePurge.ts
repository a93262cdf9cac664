import { z } from 'zod'
import { parseCdnEnv, type CdnPurgeConfig } from '@/lib/env/cdnEnv'
import { tags } from '@/lib/sanity/tags'

/**
 * Tags per purge request. Cloudflare accepted 30 tags per call for years and documents 100 now;
 * 30 stays within every plan's limit, and an edit rarely touches more.
 */
export const TAGS_PER_PURGE_REQUEST = 30

export interface PurgeOptions {
  /** How long one request may take before it counts as failed. */
  timeoutMs?: number
  /** The longest Retry-After the purge waits for; a longer one is reported instead of waited out. */
  maxRetryWaitMs?: number
}

const DEFAULTS: Required<PurgeOptions> = { timeoutMs: 5_000, maxRetryWaitMs: 5_000 }

/** A batch of tags the CDN did not confirm as purged, and why. */
export interface PurgeFailure {
  tags: string[]
  reason: string
}

export interface PurgeResult {
  /** False when CDN_PURGE_* are unset: nothing was sent. */
  enabled: boolean
  purged: string[]
  failures: PurgeFailure[]
}

// Cloudflare's answer envelope; a 200 can still say success: false.
const responseSchema = z.object({
  success: z.boolean(),
  errors: z.array(z.object({ code: z.number().optional(), message: z.string() })).default([]),
})

type Attempt = { ok: true } | { ok: false; reason: string; retryAfterMs?: number }

/** Retry-After as seconds or an HTTP date, in milliseconds from now; a missing or bad one means "now". */
function retryAfterMs(header: string | null): number {
  if (!header) return 0
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now())
}

async function purgeOnce(config: CdnPurgeConfig, tags: string[], timeoutMs: number): Promise<Attempt> {
  let response: Response
  try {
    response = await fetch(`${config.apiBase}/zones/${encodeURIComponent(config.zoneId)}/purge_cache`, {
      method: 'POST',
      headers: { authorization: `Bearer ${config.apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    // Duck-typed: the abort comes from Node's own realm, where `instanceof Error` can be false.
    const timedOut =
      typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'TimeoutError'
    const cause = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: timedOut ? `no answer within ${timeoutMs} ms` : `request failed: ${cause}` }
  }
  const body = responseSchema.safeParse(await response.json().catch(() => undefined))
  const errors = body.success ? body.data.errors.map((error) => `${error.code ?? ''} ${error.message}`.trim()) : []
  const refusal = `HTTP ${response.status}${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`
  if (response.status === 429 || response.status >= 500)
    return { ok: false, reason: refusal, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) }
  if (!response.ok) return { ok: false, reason: refusal }
  if (!body.success) return { ok: false, reason: `HTTP ${response.status} with an unexpected body` }
  return body.data.success ? { ok: true } : { ok: false, reason: refusal }
}

/** One batch: sent once, and once more after a 429 or 5xx whose Retry-After is within bounds. */
async function purgeBatch(config: CdnPurgeConfig, tags: string[], options: Required<PurgeOptions>): Promise<Attempt> {
  const first = await purgeOnce(config, tags, options.timeoutMs)
  if (first.ok || first.retryAfterMs === undefined) return first
  if (first.retryAfterMs > options.maxRetryWaitMs)
    return {
      ok: false,
      reason: `${first.reason}; Retry-After ${Math.ceil(first.retryAfterMs / 1000)} s is too long to wait`,
    }
  await new Promise((resolve) => setTimeout(resolve, first.retryAfterMs))
  const second = await purgeOnce(config, tags, options.timeoutMs)
  return second.ok ? second : { ok: false, reason: `${second.reason} (after a retry; first: ${first.reason})` }
}

/**
 * Asks Cloudflare to drop every cached response carrying one of these tags (their `Cache-Tag`
 * header), TAGS_PER_PURGE_REQUEST at a time, one batch after the other to stay within the API's
 * rate limit. Never throws: what was not purged is in `failures`, for the caller to log.
 */
export async function purgeCloudflareTags(
  config: CdnPurgeConfig,
  tags: string[],
  options: PurgeOptions = {},
): Promise<PurgeResult> {
  const settings = { ...DEFAULTS, ...options }
  const unique = [...new Set(tags.filter((tag) => tag.length > 0))]
  const result: PurgeResult = { enabled: true, purged: [], failures: [] }
  for (let start = 0; start < unique.length; start += TAGS_PER_PURGE_REQUEST) {
    const batch = unique.slice(start, start + TAGS_PER_PURGE_REQUEST)
    try {
      const outcome = await purgeBatch(config, batch, settings)
      if (outcome.ok) result.purged.push(...batch)
      else result.failures.push({ tags: batch, reason: outcome.reason })
    } catch (error) {
      result.failures.push({ tags: batch, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  return result
}

/**
 * The tags as the CDN's copies carry them (cacheHeaders.ts): a page of the article list
 * (`articles:page:N`) is the whole list's tag there, since a header rule cannot tell /blog?page=N
 * from /blog. Purging more costs the CDN fetches from the origin's cache, not renders.
 */
function carriedTags(changed: string[]): string[] {
  const listPage = tags.articleListPage('')
  return [...new Set(changed.map((tag) => (tag.startsWith(listPage) ? tags.articleList : tag)))]
}

// null until the first call reads CDN_PURGE_*; undefined when purging is off.
let configured: CdnPurgeConfig | undefined | null = null

/**
 * Purges these tags at the CDN configured by CDN_PURGE_* (read on the first call), or does
 * nothing when purging is off. Never throws, even on a malformed variable (which
 * checkEnvironment reports at start): the webhook's own work must not depend on the CDN.
 */
export async function purgeTags(changed: string[]): Promise<PurgeResult> {
  const carried = carriedTags(changed)
  try {
    if (configured === null) configured = parseCdnEnv(process.env)
  } catch (error) {
    return {
      enabled: true,
      purged: [],
      failures: [{ tags: carried, reason: error instanceof Error ? error.message : String(error) }],
    }
  }
  if (!configured) return { enabled: false, purged: [], failures: [] }
  return purgeCloudflareTags(configured, carried)
}
