import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { startContentLakeServer, type ContentLakeServer } from '@/tooling/contentLakeServer'
import { sanityModeEnv, withEnv } from '../../support/sanityMode'
import { freePort } from '@/tooling/freePort'

type ReadinessModule = typeof import('@/lib/health/readiness')
const loadReadiness = () => import('@/lib/health/readiness') as Promise<ReadinessModule>

describe('checkReadiness', () => {
  it('is ready when every part answers, with each part’s status', async () => {
    const { checkReadiness } = await loadReadiness()
    const readiness = await checkReadiness([
      { name: 'one', timeoutMs: 100, check: async () => 'fine' },
      { name: 'two', timeoutMs: 100, check: async () => 'also fine' },
    ])
    expect(readiness).toEqual({
      ready: true,
      failing: [],
      parts: {
        one: { status: 'ok', ms: expect.any(Number), detail: 'fine' },
        two: { status: 'ok', ms: expect.any(Number), detail: 'also fine' },
      },
    })
  })

  it('names a part that fails and one that does not answer in time, checking them side by side', async () => {
    const { checkReadiness } = await loadReadiness()
    const started = Date.now()
    const readiness = await checkReadiness([
      { name: 'down', timeoutMs: 100, check: () => Promise.reject(new Error('refused')) },
      { name: 'slow', timeoutMs: 150, check: () => new Promise((resolve) => setTimeout(() => resolve('late'), 1_000)) },
      { name: 'up', timeoutMs: 100, check: async () => 'fine' },
    ])
    expect(Date.now() - started).toBeLessThan(800)
    expect(readiness.ready).toBe(false)
    expect(readiness.failing).toEqual(['down', 'slow'])
    expect(readiness.parts.down).toEqual({ status: 'failing', ms: expect.any(Number), error: 'refused' })
    expect(readiness.parts.slow).toEqual({
      status: 'failing',
      ms: expect.any(Number),
      error: 'no answer within 150 ms',
    })
  })
})

describe('the site’s readiness parts', () => {
  let contentLake: ContentLakeServer
  let silentRedis: Server
  const silentSockets = new Set<Socket>()

  beforeAll(async () => {
    contentLake = await startContentLakeServer()
    // Accepts connections and never answers: a Redis that hangs.
    silentRedis = createServer((socket) => void silentSockets.add(socket))
    await new Promise<void>((resolve) => silentRedis.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await contentLake.close()
    for (const socket of silentSockets) socket.destroy()
    await new Promise((resolve) => silentRedis.close(resolve))
  })
  afterEach(() => contentLake.clearFailures())

  it('embedded mode: the bundled dataset loads and holds documents; no Redis part without REDIS_URL', async () => {
    const readiness = await withEnv({}, async () => {
      const { checkReadiness, siteReadinessParts } = await loadReadiness()
      return checkReadiness(siteReadinessParts({}))
    })
    expect(readiness).toEqual({
      ready: true,
      failing: [],
      parts: { embeddedDataset: { status: 'ok', ms: expect.any(Number), detail: 'loaded, with published documents' } },
    })
  })

  it('Sanity mode: ready while the Content Lake answers', async () => {
    const readiness = await withEnv(sanityModeEnv(contentLake), async () => {
      const { checkReadiness, siteReadinessParts } = await loadReadiness()
      return checkReadiness(siteReadinessParts({}))
    })
    expect(readiness.ready).toBe(true)
    expect(Object.keys(readiness.parts)).toEqual(['contentLake'])
    expect(contentLake.requests.at(-1)?.path).toMatch(/\/data\/query\/production$/)
  })

  it('Sanity mode: names the Content Lake when it fails', async () => {
    contentLake.inject({ kind: 'status', status: 503 }, { endpoint: 'query', times: 10 })
    const readiness = await withEnv(sanityModeEnv(contentLake), async () => {
      const { checkReadiness, siteReadinessParts } = await loadReadiness()
      return checkReadiness(siteReadinessParts({}))
    })
    expect(readiness.failing).toEqual(['contentLake'])
    expect(readiness.parts.contentLake).toMatchObject({ status: 'failing', error: expect.stringContaining('503') })
  })

  it('names Redis when REDIS_URL points at a port with nothing listening, or at a server that never answers', async () => {
    const closed = `redis://127.0.0.1:${await freePort()}`
    const silent = `redis://127.0.0.1:${(silentRedis.address() as AddressInfo).port}`
    const [refused, timedOut] = await withEnv({}, async () => {
      const { checkReadiness, siteReadinessParts } = await loadReadiness()
      return Promise.all([
        checkReadiness(siteReadinessParts({ REDIS_URL: closed })),
        checkReadiness(siteReadinessParts({ REDIS_URL: silent })),
      ])
    })
    expect(refused.failing).toEqual(['redis'])
    expect(refused.parts.embeddedDataset?.status).toBe('ok')
    expect(refused.parts.redis).toMatchObject({ status: 'failing', error: 'connection failed: ECONNREFUSED' })
    expect(timedOut.parts.redis).toMatchObject({ status: 'failing', error: 'no PONG within 500 ms' })
  })
})
