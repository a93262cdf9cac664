import nextConfig from '@/next.config'
import { EXAMPLE_ARTICLE_PATH } from '@/tooling/exampleArticle'
import { securityHeaders } from '@/lib/security/securityHeaders'
import { parseContentSecurityPolicy } from './support/contentSecurityPolicy'
import { headersFor } from './support/expectedHeaders'

const production = securityHeaders({ production: true })
const SITE_PATHS = [
  '/',
  '/blog',
  EXAMPLE_ARTICLE_PATH,
  '/search',
  '/feed.xml',
  '/api/revalidate',
  '/no-such-page',
  '/_next/static/chunks/app.js',
]
const STUDIO_PATHS = ['/studio', '/studio/structure', '/studio/presentation/article;abc']

describe('security headers from next.config.ts', () => {
  it('are what next.config.ts hands to Next', async () => {
    expect(nextConfig.headers).toBeDefined()
    // Jest runs with NODE_ENV=test: the config is the non-production one.
    expect(await nextConfig.headers?.()).toEqual(securityHeaders({ production: false }))
  })

  it.each(SITE_PATHS)('%s gets the baseline headers', (path) => {
    const headers = headersFor(production, path)
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringMatching(/^max-age=(\d+); includeSubDomains$/),
    })
    expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
      31536000,
    )
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
      expect(headers['permissions-policy']).toContain(`${feature}=()`)
  })

  it.each(SITE_PATHS)('%s gets the site CSP: own scripts, Sanity CDN images, nothing else', (path) => {
    const csp = parseContentSecurityPolicy(headersFor(production, path)['content-security-policy'])
    expect(csp.get('default-src')).toEqual(["'self'"])
    // 'unsafe-inline' is the documented trade-off for static pages (lib/security/contentSecurityPolicy.ts);
    // no other origin, no eval.
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https://cdn.sanity.io'])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    // Every fetch directive either is listed or falls back to default-src 'self'.
    const everySource = [...csp.values()].flat()
    expect(everySource.filter((source) => /^(https?:|wss?:|\*)/.test(source))).toEqual(['https://cdn.sanity.io'])
  })

  it.each(STUDIO_PATHS)('%s gets the Studio CSP: Sanity APIs, still framed only by the site', (path) => {
    const headers = headersFor(production, path)
    const csp = parseContentSecurityPolicy(headers['content-security-policy'])
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://*.sanity.io', 'wss://*.sanity.io'])
    expect(csp.get('frame-ancestors')).toEqual(["'self'"])
    expect(csp.get('frame-src')).toEqual(["'self'"])
    // Sanity's bridge script, which next-sanity's NextStudio loads, and nothing else from outside.
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'", 'https://core.sanity-cdn.com'])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['strict-transport-security']).toBeDefined()
  })

  it('does not give the Studio policy to pages that merely start with "studio"', () => {
    const csp = parseContentSecurityPolicy(headersFor(production, '/studio-hours')['content-security-policy'])
    expect(csp.get('connect-src')).toEqual(["'self'"])
  })

  it('sends HSTS only from a production build', () => {
    for (const path of [...SITE_PATHS, ...STUDIO_PATHS]) {
      expect(headersFor(securityHeaders({ production: false }), path)['strict-transport-security']).toBeUndefined()
    }
  })

  it("never allows eval, nor script from anywhere but the site (and, for the Studio, Sanity's bridge)", () => {
    for (const path of [...SITE_PATHS, ...STUDIO_PATHS]) {
      const csp = parseContentSecurityPolicy(headersFor(production, path)['content-security-policy'])
      expect(csp.get('script-src')).not.toContain("'unsafe-eval'")
      const origins = csp.get('script-src')?.filter((source) => !source.startsWith("'"))
      expect(origins).toEqual(STUDIO_PATHS.includes(path) ? ['https://core.sanity-cdn.com'] : [])
    }
  })
})
