import { unstable_doesMiddlewareMatch, getRewrittenUrl } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import LegacyPathPage from '@/app/(site)/[...path]/page'
import { wordpressQuerySource } from '@/lib/navigation/wordpressQuery'
import { config, proxy, SEARCH_RATE_LIMIT } from '@/proxy'
import { bundledWith, resetDocuments, setDocuments } from './support/mockDataset'
import { outcomeOf } from './support/pageOutcome'

// Old WordPress query addresses (/?p=123 …) answer the permanent redirect stored for them: the
// proxy, which runs only for those requests, rewrites them to the catch-all route's lookup.

jest.mock('../lib/sanity/embedded/embeddedDocuments', () => jest.requireActual('./support/mockDataset').datasetModule())
afterEach(resetDocuments)

const SITE = 'http://site.test'
const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url })

/** What a request answers: the proxy first when its matcher lets the request through, then the route it rewrites to. */
async function request(url: string) {
  if (!matches(url)) return { kind: 'untouched' as const }
  const rewritten = getRewrittenUrl(proxy(new NextRequest(new URL(url, SITE))))
  if (!rewritten) return { kind: 'untouched' as const }
  // Next hands the catch-all route the path's segments as they appear in the URL.
  const path = new URL(rewritten).pathname.split('/').filter(Boolean)
  return outcomeOf(LegacyPathPage({ params: Promise.resolve({ path }) }))
}

const redirectDocument = (from: string, to: string) => ({
  _id: `redirect-${from.replace(/[^a-z0-9]/gi, '')}`,
  _type: 'redirect',
  from,
  to,
  permanent: true,
})

describe('the proxy matcher', () => {
  it.each(['/?p=123', '/?page_id=45', '/?cat=7', '/?tag=news', '/?author=3', '/?utm_source=x&p=9'])(
    'lets %s through',
    (url) => {
      expect(matches(url)).toBe(true)
    },
  )

  it.each(['/', '/?s=ketamine', '/?page=2', '/blog?p=1', '/blog/ketamine-postpartum-depression'])(
    'leaves %s alone, so the home page stays static',
    (url) => {
      expect(matches(url)).toBe(false)
    },
  )

  it('still catches malformed percent-escapes', async () => {
    expect(matches('/blog/%E0%A4%A')).toBe(true)
    expect(proxy(new NextRequest(`${SITE}/blog/%E0%A4%A`)).status).toBe(400)
  })
})

describe('the search rate limit', () => {
  const searchFrom = (forwardedFor: string, query = 'ketamine') =>
    proxy(new NextRequest(`${SITE}/search?q=${query}`, { headers: { 'x-forwarded-for': forwardedFor } }))
  afterEach(() => jest.useRealTimers())

  it('runs for /search, whatever its query', () => {
    expect(matches('/search')).toBe(true)
    expect(matches('/search?q=ketamine')).toBe(true)
    expect(matches('/blog')).toBe(false)
  })

  it('answers 429 with Retry-After once a client has used its searches, and lets other clients search', () => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') })
    for (let i = 0; i < SEARCH_RATE_LIMIT.capacity; i++)
      expect(getRewrittenUrl(searchFrom('203.0.113.7', `q${i}`))).toBeNull()
    const refused = searchFrom('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(refused.headers.get('cache-control')).toBe('no-store')
    // The first X-Forwarded-For value names the client: a proxy's own address after it does not.
    expect(searchFrom('203.0.113.7, 198.51.100.1').status).toBe(429)
    expect(searchFrom('203.0.113.8').status).toBe(200)
  })

  it('lets the client search again once the bucket has refilled', () => {
    jest.useFakeTimers({ now: new Date('2026-01-02T00:00:00Z') })
    for (let i = 0; i < SEARCH_RATE_LIMIT.capacity; i++) searchFrom('203.0.113.9')
    const refused = searchFrom('203.0.113.9')
    expect(refused.status).toBe(429)
    jest.setSystemTime(Date.now() + Number(refused.headers.get('retry-after')) * 1000)
    expect(searchFrom('203.0.113.9').status).toBe(200)
  })
})

describe('WordPress query addresses', () => {
  it.each([
    ['/?p=123', '/blog/baby-blues-or-postpartum-depression'],
    ['/?page_id=45', '/faq'],
    ['/?cat=7', '/topics/ketamine-therapy'],
    ['/?tag=news', '/topics/ketamine-therapy'],
    ['/?author=3', '/authors/editorial-team'],
  ])('answers %s with a permanent redirect to the stored target', async (from, to) => {
    setDocuments(bundledWith(redirectDocument(from, to)))
    await expect(request(from)).resolves.toEqual({ kind: 'redirect', location: to, status: 308 })
  })

  it('ignores other parameters beside the WordPress one', async () => {
    setDocuments(bundledWith(redirectDocument('/?p=123', '/blog')))
    await expect(request('/?utm_source=newsletter&p=123')).resolves.toMatchObject({ location: '/blog', status: 308 })
  })

  it('answers 404 for an id no redirect knows, as WordPress does, rather than a copy of the home page', async () => {
    setDocuments(bundledWith(redirectDocument('/?p=123', '/blog')))
    await expect(request('/?p=999')).resolves.toEqual({ kind: 'notFound' })
    await expect(request('/?cat=')).resolves.toEqual({ kind: 'untouched' })
  })

  it('does not treat a redirect for the path /p as one for /?p=', async () => {
    setDocuments(bundledWith(redirectDocument('/p/123', '/blog')))
    await expect(request('/?p=123')).resolves.toEqual({ kind: 'notFound' })
  })
})

describe('wordpressQuerySource', () => {
  it('reads one WordPress parameter, in WordPress order, as the stored form', () => {
    expect(wordpressQuerySource(new URLSearchParams('cat=7&p=12'))).toBe('/?p=12')
    expect(wordpressQuerySource(new URLSearchParams('tag=news'))).toBe('/?tag=news')
    expect(wordpressQuerySource(new URLSearchParams('s=ketamine'))).toBeNull()
    expect(wordpressQuerySource(new URLSearchParams('p=1/2'))).toBeNull()
  })
})

describe('the reading pages (Pages Router, no JavaScript)', () => {
  const DRAFT = { __prerender_bypass: 'some-value' }
  const withDraft = (path: string) =>
    proxy(new NextRequest(`${SITE}${path}`, { headers: { cookie: '__prerender_bypass=some-value' } }))

  it("leaves a reader's GET alone: the proxy never runs for it", () => {
    for (const path of ['/', '/blog', '/blog/ketamine-postpartum-depression', '/topics/x', '/authors', '/faq'])
      expect(matches(path)).toBe(false)
  })

  it("sends an editor's request (draft mode's cookie) to the App Router's preview of the same page", () => {
    for (const path of [
      '/',
      '/blog',
      '/blog/some-slug',
      '/topics',
      '/topics/x',
      '/authors/y',
      '/faq',
      '/editorial-policy',
    ])
      expect(unstable_doesMiddlewareMatch({ config, url: path, cookies: DRAFT })).toBe(true)
    expect(getRewrittenUrl(withDraft('/'))).toBe(`${SITE}/preview`)
    expect(getRewrittenUrl(withDraft('/blog/some-slug'))).toBe(`${SITE}/preview/blog/some-slug`)
    expect(getRewrittenUrl(withDraft('/blog?page=2'))).toBe(`${SITE}/preview/blog?page=2`)
    // Not reading pages: search, the Studio and old addresses keep their own routes.
    for (const path of ['/search?q=x', '/studio', '/2019/05/old-post/', '/blog/a/b'])
      expect(getRewrittenUrl(withDraft(path))).toBeNull()
  })

  it('answers /blog?page=N from the static /blog/page/N, and every value that is no page number from one 404 page', () => {
    expect(matches('/blog?page=2')).toBe(true)
    const rewrite = (query: string) => getRewrittenUrl(proxy(new NextRequest(`${SITE}/blog?${query}`)))
    expect(rewrite('page=2')).toBe(`${SITE}/blog/page/2`)
    expect(rewrite('page=1')).toBe(`${SITE}/blog/page/1`)
    for (const query of ['page=abc', 'page=0', 'page=-1', 'page=2&page=3', 'page=99999999999999'])
      expect(rewrite(query)).toBe(`${SITE}/blog/page/0`)
  })

  it('answers 405 to a request with a body or a Server Action id for a reading page', () => {
    expect(matches('/')).toBe(false)
    expect(unstable_doesMiddlewareMatch({ config, url: '/', headers: { 'content-type': 'text/plain' } })).toBe(true)
    expect(unstable_doesMiddlewareMatch({ config, url: '/blog/x', headers: { 'next-action': 'abc' } })).toBe(true)
    const post = proxy(new NextRequest(`${SITE}/`, { method: 'POST', body: '[]', headers: { 'next-action': 'abc' } }))
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
    // Other routes keep their own answer to a POST (the webhook, search's form is a GET).
    expect(getRewrittenUrl(proxy(new NextRequest(`${SITE}/2019/05/old/`, { method: 'POST', body: 'x' })))).toBeNull()
    expect(proxy(new NextRequest(`${SITE}/2019/05/old/`, { method: 'POST', body: 'x' })).status).toBe(200)
  })
})
