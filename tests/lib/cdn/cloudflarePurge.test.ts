import { purgeCloudflareTags, TAGS_PER_PURGE_REQUEST, type PurgeResult } from '@/lib/cdn/cloudflarePurge'
import type { CdnPurgeConfig } from '@/lib/env/cdnEnv'
import { freePort } from '@/tooling/freePort'
import { PURGED, startStandIn, TOKEN, ZONE, type Received, type StandIn } from '../../support/cloudflareStandIn'

const tagsNumbered = (count: number) => Array.from({ length: count }, (_, index) => `article:${index}`)

describe('purgeCloudflareTags, against a local stand-in for the API', () => {
  let standIn: StandIn
  let config: CdnPurgeConfig

  beforeEach(async () => {
    standIn = await startStandIn()
    config = { zoneId: ZONE, apiToken: TOKEN, apiBase: standIn.base }
  })
  afterEach(() => standIn.close())

  it("posts the tags to the zone's purge_cache endpoint with the bearer token", async () => {
    const result = await purgeCloudflareTags(config, ['article:a', 'topic:calm'])
    expect(result).toEqual<PurgeResult>({ enabled: true, purged: ['article:a', 'topic:calm'], failures: [] })
    expect(standIn.received).toEqual<Received[]>([
      {
        method: 'POST',
        path: `/client/v4/zones/${ZONE}/purge_cache`,
        authorization: `Bearer ${TOKEN}`,
        tags: ['article:a', 'topic:calm'],
      },
    ])
  })

  it(`sends at most ${TAGS_PER_PURGE_REQUEST} tags a request, each tag once`, async () => {
    const tags = tagsNumbered(65)
    const result = await purgeCloudflareTags(config, [...tags, ...tags.slice(0, 10), ''])
    expect(standIn.received.map((request) => request.tags.length)).toEqual([30, 30, 5])
    expect(standIn.received.flatMap((request) => request.tags)).toEqual(tags)
    expect(result).toEqual({ enabled: true, purged: tags, failures: [] })
  })

  it('sends nothing for no tags', async () => {
    expect(await purgeCloudflareTags(config, [])).toEqual({ enabled: true, purged: [], failures: [] })
    expect(standIn.received).toHaveLength(0)
  })

  it('retries once after a 429, waiting the Retry-After it was given', async () => {
    standIn.script({ status: 429, headers: { 'retry-after': '1' }, body: { success: false, errors: [] } })
    const started = Date.now()
    const result = await purgeCloudflareTags(config, ['article:a'])
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(standIn.received).toHaveLength(2)
    expect(result).toEqual({ enabled: true, purged: ['article:a'], failures: [] })
  })

  it('reports a batch that fails twice with a 5xx, naming its tags and both answers, and goes on with the next', async () => {
    const tags = tagsNumbered(31)
    standIn.script(
      { status: 503, headers: { 'retry-after': '0' } },
      { status: 502, body: { success: false, errors: [{ code: 10000, message: 'upstream down' }] } },
    )
    const result = await purgeCloudflareTags(config, tags)
    expect(standIn.received.map((request) => request.tags.length)).toEqual([30, 30, 1])
    expect(result.purged).toEqual(tags.slice(30))
    expect(result.failures).toEqual([
      { tags: tags.slice(0, 30), reason: 'HTTP 502: 10000 upstream down (after a retry; first: HTTP 503)' },
    ])
  })

  it('does not wait out a Retry-After beyond its bound, and says so', async () => {
    standIn.script({ status: 429, headers: { 'retry-after': '120' } })
    const result = await purgeCloudflareTags(config, ['article:a'])
    expect(standIn.received).toHaveLength(1)
    expect(result.failures).toEqual([
      { tags: ['article:a'], reason: 'HTTP 429; Retry-After 120 s is too long to wait' },
    ])
  })

  it('does not retry a refusal (a bad token) and reports Cloudflare’s error', async () => {
    standIn.script({
      status: 403,
      body: { success: false, errors: [{ code: 10000, message: 'Authentication error' }] },
    })
    const result = await purgeCloudflareTags(config, ['article:a'])
    expect(standIn.received).toHaveLength(1)
    expect(result).toEqual({
      enabled: true,
      purged: [],
      failures: [{ tags: ['article:a'], reason: 'HTTP 403: 10000 Authentication error' }],
    })
  })

  it('reports a 200 that says success: false', async () => {
    standIn.script({
      status: 200,
      body: { success: false, errors: [{ code: 1134, message: 'tag purge not allowed' }] },
    })
    const result = await purgeCloudflareTags(config, ['article:a'])
    expect(result.failures).toEqual([{ tags: ['article:a'], reason: 'HTTP 200: 1134 tag purge not allowed' }])
  })

  it('gives up on a request that takes too long', async () => {
    standIn.script({ status: 200, body: PURGED, delayMs: 1_000 })
    const result = await purgeCloudflareTags(config, ['article:a'], { timeoutMs: 100 })
    expect(result.failures).toEqual([{ tags: ['article:a'], reason: 'no answer within 100 ms' }])
  })

  it('reports an API nobody answers on, without throwing', async () => {
    const closed = { ...config, apiBase: `http://127.0.0.1:${await freePort()}/client/v4` }
    const result = await purgeCloudflareTags(closed, ['article:a'])
    expect(result.purged).toEqual([])
    expect(result.failures).toEqual([{ tags: ['article:a'], reason: expect.stringMatching(/^request failed: /) }])
  })
})

describe('purgeTags, configured by CDN_PURGE_*', () => {
  const VARIABLES = ['CDN_PURGE_ZONE_ID', 'CDN_PURGE_API_TOKEN', 'CDN_PURGE_API_BASE'] as const
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]))
  afterEach(() => {
    for (const name of VARIABLES) {
      const value = saved[name]
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  /** purgeTags as a freshly started server has it, under these variables. */
  function loadPurgeTags(env: Partial<Record<(typeof VARIABLES)[number], string>>) {
    for (const name of VARIABLES) {
      const value = env[name]
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    let loaded: typeof import('@/lib/cdn/cloudflarePurge') | undefined
    jest.isolateModules(() => {
      loaded = jest.requireActual<typeof import('@/lib/cdn/cloudflarePurge')>('../../../lib/cdn/cloudflarePurge')
    })
    if (!loaded) throw new Error('could not load lib/cdn/cloudflarePurge')
    return loaded.purgeTags
  }

  it('sends nothing when purging is off', async () => {
    expect(await loadPurgeTags({})(['article:a'])).toEqual({ enabled: false, purged: [], failures: [] })
  })

  it('purges at the configured API when on', async () => {
    const standIn = await startStandIn()
    try {
      const purgeTags = loadPurgeTags({
        CDN_PURGE_ZONE_ID: ZONE,
        CDN_PURGE_API_TOKEN: TOKEN,
        CDN_PURGE_API_BASE: standIn.base,
      })
      expect(await purgeTags(['article:a'])).toEqual({ enabled: true, purged: ['article:a'], failures: [] })
      expect(standIn.received.map((request) => request.path)).toEqual([`/client/v4/zones/${ZONE}/purge_cache`])
      // The CDN's copies of the blog index carry the whole list's tag (a header rule cannot tell
      // /blog?page=3 from /blog): a page of the list is purged as the list.
      expect(await purgeTags(['articles:page:3', 'articles:page:1', 'article:a'])).toEqual({
        enabled: true,
        purged: ['articles', 'article:a'],
        failures: [],
      })
    } finally {
      await standIn.close()
    }
  })

  it('reports a malformed variable as a failure instead of throwing into the webhook', async () => {
    const result = await loadPurgeTags({ CDN_PURGE_ZONE_ID: ZONE })(['article:a'])
    expect(result.failures).toEqual([
      { tags: ['article:a'], reason: expect.stringContaining('CDN_PURGE_API_TOKEN must be set') },
    ])
  })
})
