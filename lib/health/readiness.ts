import 'server-only'
import { sanityFetch } from '@/lib/sanity/fetch'
import { isSanityMode } from '@/sanity/env'
import { pingRedis, REDIS_PING_TIMEOUT_MS } from './redisPing'

/**
 * How long readiness waits for content. Shorter than a page's Content Lake deadline: a probe
 * must answer before the load balancer's own timeout (give it 3 s or more).
 */
export const CONTENT_CHECK_TIMEOUT_MS = 2_000

/** One thing the site needs to serve: resolves with a short note when it is fine, rejects when not. */
export interface ReadinessPart {
  name: string
  timeoutMs: number
  check: () => Promise<string>
}

export type PartStatus = { status: 'ok'; ms: number; detail: string } | { status: 'failing'; ms: number; error: string }

export interface Readiness {
  ready: boolean
  /** The parts that are failing, by name: what an operator looks at first. */
  failing: string[]
  parts: Record<string, PartStatus>
}

function withinTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

async function runPart(part: ReadinessPart): Promise<PartStatus> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const detail = await withinTimeout(part.check(), part.timeoutMs)
    return { status: 'ok', ms: elapsed(), detail }
  } catch (error) {
    return { status: 'failing', ms: elapsed(), error: error instanceof Error ? error.message : String(error) }
  }
}

/** Runs every part at once; ready when none fails. */
export async function checkReadiness(parts: ReadinessPart[]): Promise<Readiness> {
  const statuses = await Promise.all(parts.map(async (part) => [part.name, await runPart(part)] as const))
  const failing = statuses.filter(([, status]) => status.status === 'failing').map(([name]) => name)
  return { ready: failing.length === 0, failing, parts: Object.fromEntries(statuses) }
}

// The smallest query there is: one document's id. It goes through the query layer's one entry
// point, uncached, so it proves what pages need: the transport answers (and in embedded mode,
// the bundled dataset loads).
const PROBE_QUERY = '*[0]._id'

const contentLake: ReadinessPart = {
  name: 'contentLake',
  timeoutMs: CONTENT_CHECK_TIMEOUT_MS,
  check: async () => {
    await sanityFetch({ query: PROBE_QUERY, tags: [], draftable: false, fresh: true })
    return 'answered a query'
  },
}

const embeddedDataset: ReadinessPart = {
  name: 'embeddedDataset',
  timeoutMs: CONTENT_CHECK_TIMEOUT_MS,
  check: async () => {
    const id = await sanityFetch({ query: PROBE_QUERY, tags: [], draftable: false, fresh: true })
    if (typeof id !== 'string') throw new Error('the bundled dataset holds no published document')
    return 'loaded, with published documents'
  },
}

function redis(redisUrl: string): ReadinessPart {
  return { name: 'redis', timeoutMs: REDIS_PING_TIMEOUT_MS + 100, check: () => pingRedis(redisUrl).then(() => 'PONG') }
}

/**
 * The site's parts: its content source (the Content Lake in Sanity mode, else the bundled
 * dataset) and, when REDIS_URL is set, the shared cache.
 */
export function siteReadinessParts(env: Record<string, string | undefined> = process.env): ReadinessPart[] {
  const redisUrl = env.REDIS_URL?.trim()
  return [isSanityMode ? contentLake : embeddedDataset, ...(redisUrl ? [redis(redisUrl)] : [])]
}
