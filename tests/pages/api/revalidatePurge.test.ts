import { createHmac } from 'node:crypto'
import type { PurgeResult } from '@/lib/cdn/cloudflarePurge'
import { startStandIn, TOKEN, ZONE, type StandIn } from '../../support/cloudflareStandIn'
import { EXAMPLE_ARTICLE } from '../../support/exampleContent'
import { webhookRoute } from '../../support/webhookRoute'

// The webhook route as Next serves it (pages/api/revalidate.ts behind Next's API resolver on a
// real HTTP server, embedded mode), with a local stand-in for Cloudflare's purge API: a publish
// regenerates the pages, then purges the same tags at the CDN.

const SECRET = 'webhook-secret-for-the-purge-tests-0123456789'
const CDN_VARIABLES = ['CDN_PURGE_ZONE_ID', 'CDN_PURGE_API_TOKEN', 'CDN_PURGE_API_BASE'] as const

type RouteModule = typeof import('@/pages/api/revalidate')

const savedEnv = Object.fromEntries(
  [...CDN_VARIABLES, 'SANITY_REVALIDATE_SECRET'].map((name) => [name, process.env[name]]),
)

function setEnv(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
}

/**
 * The route as a server started with these variables has it. They stay set until the test ends:
 * the purge reads them on its first call, during the delivery.
 */
function loadRoute(env: Partial<Record<(typeof CDN_VARIABLES)[number], string>>): RouteModule {
  setEnv({ ...Object.fromEntries(CDN_VARIABLES.map((name) => [name, env[name]])), SANITY_REVALIDATE_SECRET: SECRET })
  let loaded: RouteModule | undefined
  jest.isolateModules(() => {
    loaded = jest.requireActual<RouteModule>('../../../pages/api/revalidate')
  })
  if (!loaded) throw new Error('could not load pages/api/revalidate')
  return loaded
}

let route: RouteModule
const site = webhookRoute(() => route)
const { internalRevalidate, regenerated } = site
let origin: string
let standIn: StandIn
const realSetTimeout = global.setTimeout

beforeAll(async () => {
  origin = `http://127.0.0.1:${await site.listen()}`
})
afterAll(() => site.close())
beforeEach(async () => {
  standIn = await startStandIn()
  internalRevalidate.mockReset()
  // Every page is regenerated before anything is purged: a CDN refetching at once gets the new page.
  internalRevalidate.mockImplementation(async () => {
    expect(standIn.received).toEqual([])
  })
  jest.spyOn(console, 'error').mockImplementation(() => undefined)
  // The route waits 3 s for the Content Lake to settle; embedded mode has nothing to wait for.
  jest
    .spyOn(global, 'setTimeout')
    .mockImplementation(((callback: () => void, ms?: number) =>
      realSetTimeout(callback, ms === 3_000 ? 0 : ms)) as typeof setTimeout)
})
afterEach(async () => {
  jest.restoreAllMocks()
  setEnv(savedEnv)
  await standIn.close()
})

const purgeOn = () => ({ CDN_PURGE_ZONE_ID: ZONE, CDN_PURGE_API_TOKEN: TOKEN, CDN_PURGE_API_BASE: standIn.base })

/** The route's JSON answer. */
type Outcome = { revalidated: string[]; pages?: string[]; purge?: PurgeResult; message?: string }

let deliveries = 0
/** A signed change of the example article, a new delivery each time (the replay log refuses repeats). */
async function publishArticleChange(): Promise<{ status: number; body: Outcome }> {
  const body = JSON.stringify({
    _id: `${EXAMPLE_ARTICLE.id}-purge-${++deliveries}`,
    _type: 'article',
    before: null,
    after: { slug: EXAMPLE_ARTICLE.slug, topics: [], people: [] },
  })
  const timestamp = Date.now()
  const digest = createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('base64url')
  const response = await fetch(`${origin}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': `t=${timestamp},v1=${digest}` },
    body,
  })
  return { status: response.status, body: (await response.json()) as Outcome }
}

describe('the revalidation webhook purges the CDN', () => {
  it('purges the tags it revalidated, after regenerating the pages, and says so', async () => {
    route = loadRoute(purgeOn())
    const { status, body } = await publishArticleChange()
    expect(status).toBe(200)
    expect(body.revalidated).toEqual(expect.arrayContaining([`article:${EXAMPLE_ARTICLE.slug}`, 'articles']))
    expect(regenerated()).toContain(EXAMPLE_ARTICLE.path)
    expect(standIn.received.map(({ path, authorization }) => ({ path, authorization }))).toEqual([
      { path: `/client/v4/zones/${ZONE}/purge_cache`, authorization: `Bearer ${TOKEN}` },
    ])
    expect(standIn.received.flatMap((request) => request.tags)).toEqual(body.revalidated)
    expect(body.purge).toEqual<PurgeResult>({ enabled: true, purged: body.revalidated, failures: [] })
  })

  it('logs a refused purge and still answers 200: the pages were regenerated, Sanity must not retry', async () => {
    route = loadRoute(purgeOn())
    standIn.script({
      status: 403,
      body: { success: false, errors: [{ code: 10000, message: 'Authentication error' }] },
    })
    const { status, body } = await publishArticleChange()
    expect(status).toBe(200)
    expect(regenerated()).toContain(EXAMPLE_ARTICLE.path)
    expect(body.purge).toEqual<PurgeResult>({
      enabled: true,
      purged: [],
      failures: [{ tags: body.revalidated, reason: 'HTTP 403: 10000 Authentication error' }],
    })
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining(`CDN purge of ${body.revalidated.join(', ')} failed: HTTP 403`),
    )
  })

  it('reports purging as off, and sends nothing, without CDN_PURGE_*', async () => {
    route = loadRoute({})
    const { status, body } = await publishArticleChange()
    expect(status).toBe(200)
    expect(body.purge).toEqual<PurgeResult>({ enabled: false, purged: [], failures: [] })
    expect(standIn.received).toEqual([])
  })

  it('purges nothing when a page could not be regenerated (Sanity retries the delivery, which purges)', async () => {
    route = loadRoute(purgeOn())
    internalRevalidate.mockImplementation(async ({ urlPath }) => {
      if (urlPath === '/blog') throw new Error('the page threw while regenerating')
    })
    const { status, body } = await publishArticleChange()
    expect(status).toBe(502)
    expect(body.purge).toBeUndefined()
    expect(standIn.received).toEqual([])
  })
})
