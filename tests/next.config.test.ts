import nextConfig from '@/next.config'
import { cacheHeaders } from '@/lib/cdn/cacheHeaders'
import { EXAMPLE_ARTICLE_PATH } from '@/tooling/exampleArticle'
import { DRAFT_MODE_COOKIE, securityHeaders } from '@/lib/security/securityHeaders'
import { parseContentSecurityPolicy } from './support/contentSecurityPolicy'
import { headersFor } from './support/expectedHeaders'

const production = securityHeaders({ production: true })
const DRAFT = { cookies: [DRAFT_MODE_COOKIE] }
// What the Pages Router answers with static HTML and no script (/blog?page=N is /blog to a header rule).
const READING_PATHS = [
  '/',
  '/blog',
  '/blog/page/2',
  EXAMPLE_ARTICLE_PATH,
  '/topics',
  '/topics/anxiety',
  '/authors',
  '/authors/editorial-team',
  '/faq',
  '/editorial-policy',
]
// What the App Router answers, with scripts of its own, or what is no page at all.
const APP_PATHS = [
  '/search',
  '/preview/blog/some-article',
  '/no-such-page',
  // Old WordPress addresses (the catch-all and its 404), even where they start like a reading page.
  '/blog/2019/05/old-post',
  '/faqs',
  '/studio-hours',
  '/feed.xml',
  '/api/revalidate',
  '/_next/static/chunks/app.js',
]
const SITE_PATHS = [...READING_PATHS, ...APP_PATHS]
const STUDIO_PATHS = ['/studio', '/studio/structure', '/studio/presentation/article;abc']

function policy(path: string, options: { cookies?: string[] } = {}): Map<string, string[]> {
  return parseContentSecurityPolicy(headersFor(production, path, options)['content-security-policy'])
}

describe('security headers from next.config.ts', () => {
  it('are what next.config.ts hands to Next', async () => {
    expect(nextConfig.headers).toBeDefined()
    // Jest runs with NODE_ENV=test: the config is the non-production one. The CDN's cache headers
    // follow (tests/lib/cdn/cacheHeaders.test.ts).
    expect(await nextConfig.headers?.()).toEqual([...securityHeaders({ production: false }), ...cacheHeaders()])
  })

  it.each(SITE_PATHS)('%s gets the baseline headers', (path) => {
    const headers = headersFor(production, path)
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'strict-transport-security': expect.stringMatching(/^max-age=(\d+); includeSubDomains$/),
    })
    expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
      31536000,
    )
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
      expect(headers['permissions-policy']).toContain(`${feature}=()`)
  })

  it.each(SITE_PATHS)('%s gets the site CSP: Sanity CDN images, frames nothing, nothing else', (path) => {
    const csp = policy(path)
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https://cdn.sanity.io'])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    // No site page frames anything, so none can frame the Studio.
    expect(csp.get('frame-src')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    // Every fetch directive either is listed or falls back to default-src 'self'.
    const everySource = [...csp.values()].flat()
    expect(everySource.filter((source) => /^(https?:|wss?:|\*)/.test(source))).toEqual(['https://cdn.sanity.io'])
  })

  it.each(READING_PATHS)('%s, as readers get it: no script runs, nothing frames it', (path) => {
    const csp = policy(path)
    expect(csp.get('script-src')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(headersFor(production, path)['x-frame-options']).toBe('DENY')
  })

  it("gives the article no 'unsafe-inline' in script-src (issue 15's Done-when)", () => {
    expect(policy(EXAMPLE_ARTICLE_PATH).get('script-src')).not.toContain("'unsafe-inline'")
  })

  it.each(READING_PATHS)(
    '%s with draft mode cookie (answered by the App Router preview): its scripts run, the Studio frames it',
    (path) => {
      const csp = policy(path, DRAFT)
      expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
      expect(csp.get('frame-ancestors')).toEqual(["'self'"])
      expect(csp.get('frame-src')).toEqual(["'none'"])
      expect(headersFor(production, path, DRAFT)['x-frame-options']).toBe('SAMEORIGIN')
    },
  )

  it('keeps the strict policy when only some other cookie is present', () => {
    expect(policy(EXAMPLE_ARTICLE_PATH, { cookies: ['session'] }).get('script-src')).toEqual(["'none'"])
  })

  it.each(APP_PATHS)(
    '%s (App Router): its own scripts, inline ones included (documented trade-off), framed only by the site',
    (path) => {
      for (const cookies of [[], [DRAFT_MODE_COOKIE]]) {
        const csp = policy(path, { cookies })
        expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
        expect(csp.get('frame-ancestors')).toEqual(["'self'"])
        expect(headersFor(production, path, { cookies })['x-frame-options']).toBe('SAMEORIGIN')
      }
    },
  )

  it.each(STUDIO_PATHS)('%s gets the Studio CSP: Sanity APIs, frames the site, framed by nothing', (path) => {
    for (const cookies of [[], [DRAFT_MODE_COOKIE]]) {
      const headers = headersFor(production, path, { cookies })
      const csp = parseContentSecurityPolicy(headers['content-security-policy'])
      expect(csp.get('connect-src')).toEqual(["'self'", 'https://*.sanity.io', 'wss://*.sanity.io'])
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
      expect(headers['x-frame-options']).toBe('DENY')
      // The Presentation tool shows the site's pages in an iframe.
      expect(csp.get('frame-src')).toEqual(["'self'"])
      // Sanity's bridge script, which next-sanity's NextStudio loads, and nothing else from outside.
      expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'", 'https://core.sanity-cdn.com'])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['strict-transport-security']).toBeDefined()
    }
  })

  it('sends HSTS only from a production build', () => {
    for (const path of [...SITE_PATHS, ...STUDIO_PATHS]) {
      expect(headersFor(securityHeaders({ production: false }), path)['strict-transport-security']).toBeUndefined()
    }
  })

  it("never allows eval, nor script from anywhere but the site (and, for the Studio, Sanity's bridge)", () => {
    for (const path of [...SITE_PATHS, ...STUDIO_PATHS]) {
      for (const cookies of [[], [DRAFT_MODE_COOKIE]]) {
        const csp = policy(path, { cookies })
        expect(csp.get('script-src')).not.toContain("'unsafe-eval'")
        const origins = csp.get('script-src')?.filter((source) => !source.startsWith("'"))
        expect(origins).toEqual(STUDIO_PATHS.includes(path) ? ['https://core.sanity-cdn.com'] : [])
      }
    }
  })
})
