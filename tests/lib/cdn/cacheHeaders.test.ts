import { buildCustomRoute } from 'next/dist/server/lib/router-utils/filesystem'
import { compileNonPath, matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { readFileSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import path from 'node:path'
import nextConfig from '@/next.config'
import { getCacheControlHeader } from 'next/dist/server/lib/cache-control'
import { CDN_FRESH_SECONDS, CDN_STALE_SECONDS, cacheHeaders } from '@/lib/cdn/cacheHeaders'
import { pagesForTags } from '@/lib/sanity/revalidate/pagesForTags'
import { DRAFT_MODE_COOKIE, securityHeaders } from '@/lib/security/securityHeaders'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR, TOPICS } from '../../support/exampleContent'

type Rules = ReturnType<typeof cacheHeaders>

/**
 * The headers next.config's rules give `path`, worked out the way Next's router server does
 * (server/lib/router-utils: the source matched with its params, has/missing checked on the
 * request's cookies, `:param` in header values filled in), later rules overriding earlier ones.
 */
function headersFor(rules: Rules, path: string, cookies: Record<string, string> = {}): Record<string, string> {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ')
  const request = { headers: cookie ? { cookie } : {} } as IncomingMessage
  const result: Record<string, string> = {}
  for (const rule of rules) {
    const params = buildCustomRoute('header', rule).match(path)
    if (!params) continue
    if (rule.has || rule.missing) {
      const conditionParams = matchHas(request, {}, rule.has, rule.missing)
      if (!conditionParams) continue
      Object.assign(params, conditionParams)
    }
    const fill = (value: string) => (Object.keys(params).length > 0 ? compileNonPath(value, params) : value)
    for (const { key, value } of rule.headers) result[fill(key).toLowerCase()] = fill(value)
  }
  return result
}

const rules = [...securityHeaders({ production: true }), ...cacheHeaders()]
const DRAFT = { [DRAFT_MODE_COOKIE]: 'a-draft-mode-token' }
const TOPIC = TOPICS[0] as (typeof TOPICS)[number]

/** Each reading page and file, with the cache tags it must carry (every one also carries `settings`). */
const TAGGED: [string, string[]][] = [
  ['/', ['articles', 'topics']],
  ['/blog', ['articles']],
  ['/blog/page/2', ['articles']],
  [EXAMPLE_ARTICLE.path, [`article:${EXAMPLE_ARTICLE.slug}`]],
  ['/topics', ['topics']],
  [`/topics/${TOPIC.slug}`, [`topic:${TOPIC.slug}`]],
  ['/authors', ['people']],
  [EXAMPLE_AUTHOR.path, [`person:${EXAMPLE_AUTHOR.slug}`]],
  ['/faq', ['faq-page']],
  ['/editorial-policy', []],
  ['/feed.xml', ['articles']],
  ['/feed.atom', ['articles']],
  ['/sitemap.xml', ['articles', 'topics', 'people', 'translations']],
  ['/sitemaps/1.xml', ['articles', 'topics', 'people', 'translations']],
  // The Spanish edition: the same tags on its pages, its own feeds and llms.txt.
  ['/es', ['articles', 'topics']],
  ['/es/blog', ['articles']],
  ['/es/blog/page/2', ['articles']],
  ['/es/blog/ketamina-depresion-posparto', ['article:ketamina-depresion-posparto']],
  ['/es/topics/depresion-posparto', ['topic:depresion-posparto']],
  ['/es/faq', ['faq-page']],
  ['/es/feed.xml', ['articles']],
  ['/es/feed.atom', ['articles']],
  ['/llms.txt', ['articles']],
  ['/es/llms.txt', ['articles']],
]
const FEED_ROUTES = [
  'feed.xml',
  'feed.atom',
  'sitemap.xml',
  'sitemaps/[file]',
  'es/feed.xml',
  'es/feed.atom',
  'llms.txt',
  'es/llms.txt',
]
const READING_PATHS = TAGGED.map(([path]) => path).filter((path) => !/\.(xml|atom|txt)$/.test(path))

/** Next decides for these (no-store for dynamic answers, its own lifetimes for static files). */
const UNTOUCHED = [
  '/no-such-page',
  '/blog/2019/05/old-post',
  '/preview/blog/some-article',
  '/api/revalidate',
  '/api/health',
  '/studio',
  '/robots.txt',
  '/_next/static/chunks/app.js',
]

function directives(cacheControl: string | undefined): Map<string, string | true> {
  return new Map(
    (cacheControl ?? '').split(',').map((part) => {
      const [name, value] = part.trim().split('=')
      return [name as string, value ?? true]
    }),
  )
}

describe('CDN cache headers from next.config.ts', () => {
  it('are in what next.config.ts hands to Next, after the security headers', async () => {
    expect(await nextConfig.headers?.()).toEqual([...securityHeaders({ production: false }), ...cacheHeaders()])
  })

  it.each(TAGGED.map(([path]) => path))(
    "%s: no Cache-Control of ours (Next writes it from the page's lifetime, and no-store on an error)",
    (path) => {
      expect(headersFor(rules, path)['cache-control']).toBeUndefined()
    },
  )

  it('the lifetime Next writes: a minute at the CDN, then served stale for a day while it refetches', () => {
    expect(nextConfig.expireTime).toBe(CDN_FRESH_SECONDS + CDN_STALE_SECONDS)
    const written = directives(getCacheControlHeader({ revalidate: CDN_FRESH_SECONDS, expire: nextConfig.expireTime }))
    expect(Number(written.get('s-maxage'))).toBeLessThanOrEqual(60)
    expect(Number(written.get('stale-while-revalidate'))).toBeGreaterThanOrEqual(86_400)
  })

  it.each(FEED_ROUTES)('%s regenerates as often as the pages (its route file repeats the lifetime)', (file) => {
    // Next reads a route's revalidate from its source, as a literal: so does this test.
    const source = readFileSync(path.join(process.cwd(), 'app', file, 'route.ts'), 'utf8')
    expect(Number(/^export const revalidate = (\d+)$/m.exec(source)?.[1])).toBe(CDN_FRESH_SECONDS)
  })

  it.each(TAGGED)('%s carries its cache tags for Cloudflare and Fastly', (path, own) => {
    const headers = headersFor(rules, path)
    expect(headers['cache-tag']).toBe([...own, 'settings'].join(','))
    expect(headers['surrogate-key']).toBe([...own, 'settings'].join(' '))
  })

  // A sitemap part exists only on a site of more than 1,000 URLs (the bundled one has none), and the
  // webhook regenerates only parts that exist.
  const existing = TAGGED.filter(([path]) => !path.startsWith('/sitemaps/'))
  it.each(existing)('%s: its tags are exactly those whose change makes the webhook regenerate it', async (path) => {
    const carried = headersFor(rules, path)['cache-tag']?.split(',') ?? []
    for (const tag of carried) expect(await pagesForTags([tag])).toContain(path)
    const candidates = ['settings', 'articles', 'topics', 'people', 'faq-page', 'redirects']
    for (const tag of candidates) if ((await pagesForTags([tag])).includes(path)) expect(carried).toContain(tag)
  })

  it.each([...READING_PATHS, '/search'])(
    '%s with draft mode cookie (the App Router preview): private, no store, no tags',
    (path) => {
      const headers = headersFor(rules, path, DRAFT)
      expect(headers['cache-control']).toBe('private, no-store')
      expect(headers['cache-tag']).toBeUndefined()
      expect(headers['surrogate-key']).toBeUndefined()
    },
  )

  it('keeps the reading lifetime when only some other cookie is present', () => {
    expect(headersFor(rules, EXAMPLE_ARTICLE.path, { session: 'x' })['cache-tag']).toContain('article:')
  })

  it('leaves search to Next (no-store: a result page, or the outage message, is never kept), untagged', () => {
    const headers = headersFor(rules, '/search')
    expect(headers['cache-control']).toBeUndefined()
    expect(headers['cache-tag']).toBeUndefined()
  })

  it.each(UNTOUCHED)('%s: no cache header nor tag of ours', (path) => {
    for (const cookies of [{}, DRAFT]) {
      const headers = headersFor(rules, path, cookies)
      expect(headers['cache-control']).toBeUndefined()
      expect(headers['cache-tag']).toBeUndefined()
    }
  })
})
