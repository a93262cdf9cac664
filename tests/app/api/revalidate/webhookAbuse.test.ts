import { createHmac } from 'node:crypto'
import { EXAMPLE_ARTICLE } from '../../../support/exampleContent'

// The revalidation webhook as Next calls it (app/api/revalidate/route.ts POST), attacked with
// forged, replayed, oversized and malformed deliveries. A genuine delivery is the control: it
// revalidates, so "nothing revalidated" for the others means something.

const SECRET = 'webhook-secret-for-the-abuse-tests-0123456789'
const URL_ = 'http://site.test/api/revalidate'

const revalidateTag = jest.fn()
jest.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }))

type RouteModule = typeof import('@/app/api/revalidate/route')

/** The route module loaded with this secret in the environment, as a server started with it would. */
function loadRoute(secret: string | undefined): RouteModule {
  const saved = process.env.SANITY_REVALIDATE_SECRET
  if (secret === undefined) delete process.env.SANITY_REVALIDATE_SECRET
  else process.env.SANITY_REVALIDATE_SECRET = secret
  let route: RouteModule | undefined
  jest.isolateModules(() => {
    route = jest.requireActual<RouteModule>('../../../../app/api/revalidate/route')
  })
  process.env.SANITY_REVALIDATE_SECRET = saved
  return route as RouteModule
}

const change = (id: string) =>
  JSON.stringify({
    _id: id,
    _type: 'article',
    before: null,
    after: { slug: EXAMPLE_ARTICLE.slug, topics: [], people: [] },
  })

const SIGNATURE_HEADER_NAME = 'sanity-webhook-signature'

/** Sanity's signature: HMAC-SHA256 over "<timestamp>.<body>", base64url, in t=…,v1=… form. */
async function signed(body: string, secret = SECRET, timestamp = Date.now()): Promise<Record<string, string>> {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')
  return { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: `t=${timestamp},v1=${digest}` }
}

async function deliver(
  route: RouteModule,
  init: RequestInit,
): Promise<{ status: number; body: { message?: string; revalidated?: string[] } }> {
  const response = await route.POST(new Request(URL_, { method: 'POST', ...init }))
  return { status: response.status, body: (await response.json()) as { message?: string; revalidated?: string[] } }
}

let route: RouteModule
beforeAll(() => {
  route = loadRoute(SECRET)
})
const realSetTimeout = global.setTimeout
beforeEach(() => {
  revalidateTag.mockClear()
  jest.spyOn(console, 'error').mockImplementation(() => undefined)
  // After a valid signature next-sanity waits 3 s for the Content Lake to be consistent; the
  // tests have nothing to wait for.
  jest
    .spyOn(global, 'setTimeout')
    .mockImplementation(((callback: () => void, ms?: number) =>
      realSetTimeout(callback, ms === 3_000 ? 0 : ms)) as typeof setTimeout)
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('the revalidation webhook under attack', () => {
  it('accepts a genuine delivery once (the control), then refuses its replay with 409', async () => {
    const body = change(EXAMPLE_ARTICLE.id)
    const headers = await signed(body)
    const first = await deliver(route, { headers, body })
    expect(first.status).toBe(200)
    expect(revalidateTag).toHaveBeenCalledWith(`article:${EXAMPLE_ARTICLE.slug}`, 'max')
    revalidateTag.mockClear()

    const replay = await deliver(route, { headers, body })
    expect(replay.status).toBe(409)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    ['signed with another secret', async (body: string) => signed(body, 'not-the-webhook-secret-at-all-0123456789')],
    ['signed for a different body', async () => signed(change('article-other'))],
    ['without a signature', async () => ({ 'content-type': 'application/json' })],
    ['with a malformed signature header', async () => ({ [SIGNATURE_HEADER_NAME]: 'v1=nonsense' })],
    ['with an empty signature header', async () => ({ [SIGNATURE_HEADER_NAME]: '' })],
    [
      'with a signature of the right shape but wrong digest',
      async () => ({ [SIGNATURE_HEADER_NAME]: `t=${Date.now()},v1=${'A'.repeat(43)}` }),
    ],
  ])('refuses a delivery %s with 401 and revalidates nothing', async (_name, headersFor) => {
    const body = change(EXAMPLE_ARTICLE.id)
    const { status } = await deliver(route, { headers: await headersFor(body), body })
    expect(status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses a body over 1 MB with 413, even when correctly signed', async () => {
    const body = JSON.stringify({ _id: 'article-x', _type: 'article', padding: 'x'.repeat(1024 * 1024) })
    const { status } = await deliver(route, { headers: await signed(body), body })
    expect(status).toBe(413)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses an oversized body that hides its length (streamed, no Content-Length) with 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Endless: the handler must stop reading past the limit, not wait for the end.
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const { status } = await deliver(route, {
      headers: await signed('{}'),
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(status).toBe(413)
    expect(sent).toBeLessThan(4 * 1024 * 1024)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses a declared Content-Length over 1 MB before reading the body', async () => {
    const body = change(EXAMPLE_ARTICLE.id)
    const headers = { ...(await signed(body)), 'content-length': String(2 * 1024 * 1024) }
    const { status } = await deliver(route, { headers, body })
    expect(status).toBe(413)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    ['not JSON', '{"_id": "article-x", '],
    ['JSON of the wrong shape', JSON.stringify({ hello: 'world' })],
    ['an unknown document type', JSON.stringify({ _id: 'x', _type: 'sanity.imageAsset', before: null, after: null })],
    ['an empty _id', JSON.stringify({ _id: '', _type: 'article', before: null, after: null })],
    ['a JSON array', '[]'],
    ['blank', ' '],
  ])('refuses a correctly signed body that is %s with 400', async (_name, body) => {
    const { status, body: answer } = await deliver(route, { headers: await signed(body), body })
    expect(status).toBe(400)
    expect(answer.revalidated).toEqual([])
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('refuses every delivery when no secret is configured, rather than trusting unsigned ones', async () => {
    const unconfigured = loadRoute(undefined)
    const body = change(EXAMPLE_ARTICLE.id)
    const { status } = await deliver(unconfigured, { headers: await signed(body), body })
    expect(status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('never echoes the secret in an answer', async () => {
    const body = '{"broken'
    const response = await route.POST(new Request(URL_, { method: 'POST', headers: await signed(body), body }))
    expect(await response.text()).not.toContain(SECRET)
  })
})
