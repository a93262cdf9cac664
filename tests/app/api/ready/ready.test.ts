import { startContentLakeServer, type ContentLakeServer } from '@/tooling/contentLakeServer'
import { sanityModeEnv, withEnv } from '../../../support/sanityMode'
import { freePort } from '@/tooling/freePort'

type ReadyRoute = typeof import('@/app/api/ready/route')
const loadRoute = () => import('@/app/api/ready/route') as Promise<ReadyRoute>

/** The route's answer under these Sanity variables and REDIS_URL (unset when undefined). */
async function ready(env: Parameters<typeof withEnv>[0], redisUrl?: string): Promise<Response> {
  const saved = process.env.REDIS_URL
  if (redisUrl === undefined) delete process.env.REDIS_URL
  else process.env.REDIS_URL = redisUrl
  try {
    return await withEnv(env, async () => (await loadRoute()).GET())
  } finally {
    if (saved === undefined) delete process.env.REDIS_URL
    else process.env.REDIS_URL = saved
  }
}

describe('/api/ready', () => {
  let contentLake: ContentLakeServer
  beforeAll(async () => {
    contentLake = await startContentLakeServer()
  })
  afterAll(() => contentLake.close())
  afterEach(() => contentLake.clearFailures())

  it('is never prerendered', async () => {
    expect((await withEnv({}, loadRoute)).dynamic).toBe('force-dynamic')
  })

  it('answers 200 in embedded mode, uncached and not indexed', async () => {
    const response = await ready({})
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    expect(await response.json()).toMatchObject({
      ready: true,
      failing: [],
      parts: { embeddedDataset: { status: 'ok' } },
    })
  })

  it('answers 503 naming Redis when REDIS_URL points at nothing', async () => {
    const response = await ready({}, `redis://127.0.0.1:${await freePort()}`)
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({
      ready: false,
      failing: ['redis'],
      parts: { embeddedDataset: { status: 'ok' }, redis: { status: 'failing' } },
    })
  })

  it('answers 200 in Sanity mode while the Content Lake answers, 503 naming it when it fails', async () => {
    expect((await ready(sanityModeEnv(contentLake))).status).toBe(200)
    contentLake.inject({ kind: 'status', status: 500 }, { endpoint: 'query', times: 10 })
    const response = await ready(sanityModeEnv(contentLake))
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ ready: false, failing: ['contentLake'] })
  })
})
