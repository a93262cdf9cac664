import { createHmac } from 'node:crypto'
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'
import { evaluate, parse } from 'groq-js'
import type { ContentLakeServer, StoredDocument } from '@/tooling/contentLakeServer'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR, SAMPLE_ARTICLES, TOPICS } from '../../support/exampleContent'
import { PREVIEW_MODE_ID, webhookRoute } from '../../support/webhookRoute'
import { sanityModeEnv, startSeededServer, withEnv } from '../../support/sanityMode'
import { WEBHOOK_PROJECTION } from '@/lib/sanity/revalidate/webhook'
import { articleCardPath } from '@/lib/seo/socialCard'
import { isReadingPath } from '@/lib/navigation/paths'

// The revalidation webhook as Next serves it (pages/api/revalidate.ts, behind Next's own API
// resolver on a real HTTP server), attacked with forged, replayed, oversized and malformed
// deliveries. A genuine delivery is the control: it regenerates pages, so "nothing regenerated"
// for the others means something.

const SECRET = 'webhook-secret-for-the-abuse-tests-0123456789'

type RouteModule = typeof import('@/pages/api/revalidate')

/** The route module loaded with this secret in the environment, as a server started with it would. */
function loadRoute(secret: string | undefined): RouteModule {
  const saved = process.env.SANITY_REVALIDATE_SECRET
  if (secret === undefined) delete process.env.SANITY_REVALIDATE_SECRET
  else process.env.SANITY_REVALIDATE_SECRET = secret
  let loaded: RouteModule | undefined
  jest.isolateModules(() => {
    loaded = jest.requireActual<RouteModule>('../../../pages/api/revalidate')
  })
  process.env.SANITY_REVALIDATE_SECRET = saved
  return loaded as RouteModule
}

let route: RouteModule
const site = webhookRoute(() => route)
const { internalRevalidate, regenerated } = site
let port: number
beforeAll(async () => {
  port = await site.listen()
  route = loadRoute(SECRET)
})
afterAll(() => site.close())

type Answer = { status: number; text: string; headers: IncomingHttpHeaders; sent: number }

/**
 * Sends a request to the route over HTTP. `body: 'endless'` streams chunks (no Content-Length)
 * until the answer arrives; node:http, unlike fetch, also sends a Content-Length that lies.
 */
function send({
  method = 'POST',
  headers = {},
  body = '',
}: {
  method?: string
  headers?: OutgoingHttpHeaders
  body?: string | 'endless'
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0
    let answered = false
    // A connection each: one the route answered without reading its whole body cannot carry another.
    const request = httpRequest({ host: '127.0.0.1', port, path: '/api/revalidate', method, headers, agent: false })
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    request.on('response', (response) => {
      answered = true
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, text, headers: response.headers, sent })
        request.destroy()
      })
    })
    if (body !== 'endless') {
      request.end(body)
      return
    }
    const chunk = Buffer.alloc(64 * 1024, 'x')
    const pump = () => {
      // Endless: the route must stop reading past the limit and answer, not wait for the end.
      while (!answered && !request.destroyed) {
        sent += chunk.byteLength
        if (!request.write(chunk)) {
          request.once('drain', pump)
          return
        }
      }
    }
    pump()
  })
}

/** The route's JSON answer (handleRevalidateWebhook's). */
type Outcome = { revalidated: string[]; pages?: string[]; message?: string }

async function deliver(init: {
  headers: OutgoingHttpHeaders
  body: string
}): Promise<{ status: number; body: Outcome }> {
  const answer = await send(init)
  return { status: answer.status, body: JSON.parse(answer.text) as Outcome }
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
function signed(body: string, secret = SECRET, timestamp = Date.now()): Record<string, string> {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')
  return { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: `t=${timestamp},v1=${digest}` }
}

/**
 * Every call went through res.revalidate with the preview id: a reading page only if already
 * generated, a route handler (card, feed, sitemap) always (Next cannot regenerate one "only if
 * generated" without hanging when it has no entry).
 */
function expectRevalidatedAsNextAsks(): void {
  for (const [{ urlPath, headers, opts }] of internalRevalidate.mock.calls) {
    const reading = isReadingPath(urlPath)
    expect(opts).toEqual(reading ? { unstable_onlyGenerated: true } : {})
    expect(headers).toEqual(expect.objectContaining({ 'x-prerender-revalidate': PREVIEW_MODE_ID }))
    expect('x-prerender-revalidate-if-generated' in headers).toBe(reading)
  }
}

const realSetTimeout = global.setTimeout
beforeEach(() => {
  internalRevalidate.mockReset()
  internalRevalidate.mockImplementation(async () => undefined)
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('the revalidation webhook under attack', () => {
  beforeEach(() => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    // After a valid signature the route waits 3 s for the Content Lake to be consistent; the
    // tests have nothing to wait for.
    jest
      .spyOn(global, 'setTimeout')
      .mockImplementation(((callback: () => void, ms?: number) =>
        realSetTimeout(callback, ms === 3_000 ? 0 : ms)) as typeof setTimeout)
  })

  it('accepts a genuine delivery once (the control), then refuses its replay with 409', async () => {
    const body = change(EXAMPLE_ARTICLE.id)
    const headers = signed(body)
    const first = await deliver({ headers, body })
    expect(first.status).toBe(200)
    expect(first.body.revalidated).toEqual(expect.arrayContaining([`article:${EXAMPLE_ARTICLE.slug}`, 'articles']))
    expect(regenerated()).toEqual(
      expect.arrayContaining([
        EXAMPLE_ARTICLE.path,
        articleCardPath(EXAMPLE_ARTICLE.slug),
        '/',
        '/blog',
        '/feed.xml',
        '/feed.atom',
        '/sitemap.xml',
      ]),
    )
    expect([...regenerated()].sort()).toEqual(first.body.pages)
    expectRevalidatedAsNextAsks()
    internalRevalidate.mockClear()

    const replay = await deliver({ headers, body })
    expect(replay.status).toBe(409)
    expect(internalRevalidate).not.toHaveBeenCalled()
  })

  it.each([
    ['signed with another secret', (body: string) => signed(body, 'not-the-webhook-secret-at-all-0123456789')],
    ['signed for a different body', () => signed(change('article-other'))],
    ['without a signature', () => ({ 'content-type': 'application/json' })],
    ['with a malformed signature header', () => ({ [SIGNATURE_HEADER_NAME]: 'v1=nonsense' })],
    ['with an empty signature header', () => ({ [SIGNATURE_HEADER_NAME]: '' })],
    [
      'with a signature of the right shape but wrong digest',
      () => ({ [SIGNATURE_HEADER_NAME]: `t=${Date.now()},v1=${'A'.repeat(43)}` }),
    ],
  ])('refuses a delivery %s with 401 and regenerates nothing', async (_name, headersFor) => {
    const body = change(EXAMPLE_ARTICLE.id)
    const { status } = await deliver({ headers: headersFor(body), body })
    expect(status).toBe(401)
    expect(internalRevalidate).not.toHaveBeenCalled()
  })

  it('refuses a body over 1 MB with 413, even when correctly signed', async () => {
    const body = JSON.stringify({ _id: 'article-x', _type: 'article', padding: 'x'.repeat(1024 * 1024) })
    const { status } = await deliver({ headers: signed(body), body })
    expect(status).toBe(413)
    expect(internalRevalidate).not.toHaveBeenCalled()
  })

  it('refuses an oversized body that hides its length (streamed, no Content-Length) with 413', async () => {
    const answer = await send({ headers: signed('{}'), body: 'endless' })
    expect(answer.status).toBe(413)
    expect(answer.sent).toBeLessThan(4 * 1024 * 1024)
    expect(internalRevalidate).not.toHaveBeenCalled()
  })

  it('refuses a declared Content-Length over 1 MB before reading the body', async () => {
    const body = change(EXAMPLE_ARTICLE.id)
    const headers = { ...signed(body), 'content-length': String(2 * 1024 * 1024) }
    const { status } = await deliver({ headers, body })
    expect(status).toBe(413)
    expect(internalRevalidate).not.toHaveBeenCalled()
  })

  it.each([
    ['not JSON', '{"_id": "article-x", '],
    ['JSON of the wrong shape', JSON.stringify({ hello: 'world' })],
    ['an unknown document type', JSON.stringify({ _id: 'x', _type: 'sanity.imageAsset', before: null, after: null })],
    ['an empty _id', JSON.stringify({ _id: '', _type: 'article', before: null, after: null })],
    ['a JSON array', '[]'],
    ['blank', ' '],
  ])('refuses a correctly signed body that is %s with 400', async (_name, body) => {
    const { status, body: answer } = await deliver({ headers: signed(body), body })
    expect(status).toBe(400)
    expect(answer.revalidated).toEqual([])
    expect(internalRevalidate).not.toHaveBeenCalled()
  })

  it('refuses every delivery when no secret is configured, rather than trusting unsigned ones', async () => {
    const configured = route
    route = loadRoute(undefined)
    try {
      const body = change(EXAMPLE_ARTICLE.id)
      const { status } = await deliver({ headers: signed(body), body })
      expect(status).toBe(401)
      expect(internalRevalidate).not.toHaveBeenCalled()
    } finally {
      route = configured
    }
  })

  it('never echoes the secret in an answer', async () => {
    const body = '{"broken'
    expect((await send({ headers: signed(body), body })).text).not.toContain(SECRET)
  })

  it('answers anything but POST with 405 and an Allow header', async () => {
    const answer = await send({ method: 'GET' })
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('POST')
    expect(internalRevalidate).not.toHaveBeenCalled()
  })

  it('tries every page when one fails, answers 502, and accepts Sanity’s retry of the delivery', async () => {
    internalRevalidate.mockImplementation(async ({ urlPath }) => {
      if (urlPath === '/blog') throw new Error('the page threw while regenerating')
    })
    const body = change(`${EXAMPLE_ARTICLE.id}-retried`)
    const headers = signed(body)
    const failed = await deliver({ headers, body })
    expect(failed.status).toBe(502)
    expect(regenerated()).toEqual(expect.arrayContaining([EXAMPLE_ARTICLE.path, '/blog', '/', '/feed.xml']))
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('/blog (Failed to revalidate /blog'))

    internalRevalidate.mockReset()
    internalRevalidate.mockImplementation(async () => undefined)
    const retried = await deliver({ headers, body })
    expect(retried.status).toBe(200)
    expect(regenerated()).toContain('/blog')
  })
})

describe('the webhook route, against a local Content Lake', () => {
  let server: ContentLakeServer
  beforeAll(async () => {
    server = await startSeededServer()
  })
  afterAll(() => server.close())

  const env = () => sanityModeEnv(server, { SANITY_REVALIDATE_SECRET: SECRET })

  /** Serves the requests `exchange` sends with the route as loaded in Sanity mode. */
  function withSanityRoute<T>(exchange: () => Promise<T>): Promise<T> {
    return withEnv(env(), async () => {
      const configured = route
      route = (await import('@/pages/api/revalidate')) as RouteModule
      try {
        return await exchange()
      } finally {
        route = configured
      }
    })
  }

  async function projected(before: StoredDocument, after: StoredDocument): Promise<string> {
    const value = await evaluate(parse(WEBHOOK_PROJECTION, { mode: 'delta' }), { before, after, root: after })
    return JSON.stringify(await value.get())
  }

  it("waits for the Content Lake to settle (next-sanity's 3 seconds), then regenerates every page", async () => {
    const settings = server.documents().find((stored) => stored._id === 'siteSettings') as StoredDocument
    const body = await projected(settings, { ...settings, phone: '+1 555 0101' })
    const answer = await withSanityRoute(async () => {
      const pending = deliver({ headers: signed(body), body })
      // A slow machine only delays the answer further, so this cannot fail by being slow.
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      expect(internalRevalidate).not.toHaveBeenCalled()
      return pending
    })
    expect(answer.status).toBe(200)
    expect(answer.body.revalidated).toEqual(['settings'])
    expect(regenerated()).toEqual(
      expect.arrayContaining([
        ...SAMPLE_ARTICLES.map((article) => `/blog/${article.slug}`),
        ...TOPICS.map((topic) => `/topics/${topic.slug}`),
        EXAMPLE_AUTHOR.path,
        '/',
        '/blog',
        '/topics',
        '/authors',
        '/faq',
        '/editorial-policy',
        '/feed.xml',
        '/sitemap.xml',
      ]),
    )
    expect([...regenerated()].sort()).toEqual(answer.body.pages)
    expectRevalidatedAsNextAsks()
  }, 20_000)

  it('refuses a forged delivery with 401, straight away', async () => {
    const body = JSON.stringify({ _id: EXAMPLE_ARTICLE.faqIds[0], _type: 'faq', before: null, after: null })
    const started = Date.now()
    const { status } = await withSanityRoute(() =>
      deliver({ headers: signed(body, 'forged-secret-guess-0123456789'), body }),
    )
    expect(status).toBe(401)
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(internalRevalidate).not.toHaveBeenCalled()
  })
})
