import type { CacheHandlerContext } from 'next/dist/server/lib/incremental-cache'
import { createFailureLog } from '@/lib/cache/failureLog'
import { cacheHandlerDeps, createCacheHandler } from '@/lib/cache/redisCacheHandler'
import { guardStore, type SharedStore } from '@/lib/cache/redisConnection'
import { fakeRedis } from './fakeRedis'

type Handler = InstanceType<ReturnType<typeof createCacheHandler>>
type PageValue = Parameters<Handler['set']>[1]

const CONTEXT: CacheHandlerContext = { revalidatedTags: [], _requestHeaders: {} }
const PAGE = { kind: 'APP_PAGE', isFallback: false } as Parameters<Handler['get']>[1]
const FETCH = (tags: string[], softTags: string[] = []) =>
  ({ kind: 'FETCH', tags, softTags }) as Parameters<Handler['get']>[1]
const PAGE_SET = { cacheControl: { revalidate: false as const, expire: 3600 } }

function appPage(tags: string, html = '<p>v1</p>'): PageValue {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)),
    headers: { 'x-next-cache-tags': tags },
    postponed: undefined,
    status: 200,
    segmentData: new Map([['/_tree', Buffer.from([0xff, 0xfe, 0x00, 0x80])]]),
  } as PageValue
}

/** One server process: its own local copy and tag ledger, a Redis shared with the others. */
function instance(store: SharedStore, timeoutMs = 500): Handler {
  const deps = cacheHandlerDeps(guardStore(store, createFailureLog('Redis unreachable'), timeoutMs), 'test', 10 << 20)
  const Handler = createCacheHandler(() => deps)
  return new Handler(CONTEXT)
}

let errors: jest.SpyInstance
beforeEach(() => {
  errors = jest.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => jest.restoreAllMocks())

describe('the Redis cache handler', () => {
  it('shares entries between instances and invalidates a tag on all of them', async () => {
    const { store } = fakeRedis()
    const [one, two] = [instance(store), instance(store)]
    await one.set('/blog/a', appPage('article:a,_N_T_/blog/a'), PAGE_SET)
    expect((await two.get('/blog/a', PAGE))?.value).toMatchObject({ html: '<p>v1</p>' })
    expect(await one.get('/blog/a', PAGE)).not.toBeNull()

    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 10)
    await two.revalidateTag('article:a')
    expect(await one.get('/blog/a', PAGE)).toBeNull()
    expect(await two.get('/blog/a', PAGE)).toBeNull()

    // Rendered again after the revalidation: fresh on both.
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 20)
    await one.set('/blog/a', appPage('article:a,_N_T_/blog/a', '<p>v2</p>'), PAGE_SET)
    expect((await two.get('/blog/a', PAGE))?.value).toMatchObject({ html: '<p>v2</p>' })
  })

  it("honours implicit path tags (revalidatePath) and a fetch's soft tags", async () => {
    const { store } = fakeRedis()
    const [one, two] = [instance(store), instance(store)]
    await one.set('/topics', appPage('topics,_N_T_/topics'), PAGE_SET)
    const fetched = { kind: 'FETCH', data: { headers: {}, body: '{}', status: 200, url: '' }, revalidate: 60 }
    await one.set('fetch-key', fetched as PageValue, { fetchCache: true, tags: ['settings'] })
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 10)

    await two.revalidateTag(['_N_T_/topics', '_N_T_/layout'])
    expect(await one.get('/topics', PAGE)).toBeNull()
    expect(await one.get('fetch-key', FETCH(['settings']))).not.toBeNull()
    expect(await one.get('fetch-key', FETCH(['settings'], ['_N_T_/layout']))).toBeNull()
  })

  it('expires entries with their lifetime: a page at its expire, a fetch half as long again as it is fresh', async () => {
    const fake = fakeRedis()
    const handler = instance(fake.store)
    await handler.set('/blog', appPage('blog'), PAGE_SET)
    const fetched = { kind: 'FETCH', data: { headers: {}, body: '{}', status: 200, url: '' }, revalidate: 60 }
    await handler.set('fetch-key', fetched as PageValue, { fetchCache: true, tags: [] })
    expect(fake.ttlOf('clinic-blog:test:entry:/blog')).toBeCloseTo(3_600_000, -3)
    expect(fake.ttlOf('clinic-blog:test:entry:fetch-key')).toBeCloseTo(90_000, -3)
    await handler.set('/no-lifetime', appPage('x'), {})
    expect(fake.ttlOf('clinic-blog:test:entry:/no-lifetime')).toBeCloseTo(365 * 24 * 3_600_000, -3)

    const start = Date.now()
    jest.spyOn(Date, 'now').mockReturnValue(start + 3_601_000)
    expect(await handler.get('/blog', PAGE)).toBeNull()
    expect(await handler.get('fetch-key', FETCH([]))).toBeNull()
  })

  it('returns Buffers and Maps of Buffers as they were stored', async () => {
    const { store } = fakeRedis()
    const page = appPage('blog')
    await instance(store).set('/blog', page, PAGE_SET)
    const route = { kind: 'APP_ROUTE', body: Buffer.from([0, 1, 0xff]), status: 200, headers: {} } as PageValue
    await instance(store).set('/feed.xml', route, PAGE_SET)

    const other = instance(store)
    const read = (await other.get('/blog', PAGE))?.value
    expect(read).toEqual(page)
    expect(Buffer.isBuffer(read && 'rscData' in read && read.rscData)).toBe(true)
    expect(read && 'segmentData' in read && read.segmentData).toBeInstanceOf(Map)
    const body = (await other.get('/feed.xml', { kind: 'APP_ROUTE', isFallback: false } as typeof PAGE))?.value
    expect(body && 'body' in body && body.body.equals(Buffer.from([0, 1, 0xff]))).toBe(true)
    expect((await other.get('/blog', PAGE))?.cacheControl).toEqual(PAGE_SET.cacheControl)
  })

  it('keeps serving its local copy and never throws while Redis is down, logging once a period', async () => {
    const fake = fakeRedis()
    const [one, two] = [instance(fake.store), instance(fake.store)]
    await one.set('/blog', appPage('blog'), PAGE_SET)
    fake.state.mode = 'down'

    expect((await one.get('/blog', PAGE))?.value).toMatchObject({ html: '<p>v1</p>' })
    expect(await two.get('/blog', PAGE)).toBeNull()
    await expect(one.set('/faq', appPage('faq'), PAGE_SET)).resolves.toBeUndefined()
    expect(await one.get('/faq', PAGE)).not.toBeNull()
    for (let i = 0; i < 20; i++) await one.get('/blog', PAGE)
    // One line per process (each instance here has its own log), not one per failed command.
    expect(errors.mock.calls.filter(([line]) => String(line).includes('ECONNREFUSED'))).toHaveLength(2)

    // A revalidation made while Redis is down applies here at once and reaches the others later.
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 10)
    await expect(one.revalidateTag('blog')).resolves.toBeUndefined()
    expect(await one.get('/blog', PAGE)).toBeNull()
    fake.state.mode = 'up'
    // Past the pause after a failure, during which Redis is not asked.
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 2_000)
    expect(await two.get('/blog', PAGE)).not.toBeNull()
    await one.get('/faq', PAGE)
    expect(await two.get('/blog', PAGE)).toBeNull()
  })

  it('does not wait for a slow Redis longer than the command timeout', async () => {
    const fake = fakeRedis()
    const handler = instance(fake.store, 50)
    await handler.set('/blog', appPage('blog'), PAGE_SET)
    fake.state.mode = 'slow'
    const started = performance.now()
    expect((await handler.get('/blog', PAGE))?.value).toMatchObject({ html: '<p>v1</p>' })
    await handler.set('/faq', appPage('faq'), PAGE_SET)
    await handler.revalidateTag('faq')
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('no answer within 50 ms'))
  })
})
