// What the built site tells search engines, checked against a running `next start`: robots.txt,
// the sitemap (sitemaps.org XSDs), every page it lists (Nu HTML Checker, metadata, canonical,
// robots, Open Graph, JSON-LD), the social cards, and both feeds (parser, RFC 4287 schema).
// Needs a production build: `npm run build && npm run test:seo` (NEXT_DIST_DIR for another folder).
import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLParser } from 'fast-xml-parser'
import { atomRuleViolations } from '../../support/atomRules'
import { checkPage, type PageKind } from '../../support/seoPageChecks'
import { vnuErrors } from './vnu'
import { validateXml } from '../../support/xmlSchemas'
import { portFor } from '@/tooling/freePort'
import { startSite } from '@/tooling/nextSite'
import { EXAMPLE_ARTICLE_PATH } from '@/tooling/exampleArticle'

type Result = { name: string; problems: string[] }
const results: Result[] = []
const record = (name: string, problems: string[]) => results.push({ name, problems })

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' })
const FEED_SIZE = 20

function kindOf(path: string): PageKind {
  if (/^\/blog\/[^/]+$/.test(path)) return 'article'
  if (/^\/authors\/[^/]+$/.test(path)) return 'profile'
  if (path === '/faq') return 'faq'
  if (path === '/editorial-policy') return 'page'
  return 'collection'
}

/** The size a PNG declares in its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a'
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

async function main() {
  // SEO_PORT pins the port; NEXT_DIST_DIR names another build folder.
  const server = await startSite({
    distDir: process.env.NEXT_DIST_DIR || '.next',
    port: await portFor(process.env.SEO_PORT),
  })
  const local = (url: string) => {
    const { pathname, search } = new URL(url)
    return `${server.origin}${pathname}${search}`
  }
  const get = (url: string) => fetch(local(url), { redirect: 'manual' })
  try {
    // robots.txt names the sitemap by the configured site URL, which every other URL must use.
    const robots = await (await fetch(`${server.origin}/robots.txt`)).text()
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? ''
    const siteOrigin = URL.canParse(sitemapUrl) ? new URL(sitemapUrl).origin : ''
    record('robots.txt', [
      ...['/studio', '/api/', '/search']
        .filter((path) => !robots.includes(`Disallow: ${path}\n`))
        .map((path) => `does not disallow ${path}`),
      ...(sitemapUrl.endsWith('/sitemap.xml') ? [] : ['names no /sitemap.xml']),
    ])

    // The sitemap, or its index and every part.
    const urls: string[] = []
    const root = await (await get(sitemapUrl)).text()
    if (root.includes('<sitemapindex')) {
      record('sitemap index (XSD)', await validateXml(root, 'sitemapIndex'))
      for (const part of (xml.parse(root) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap) {
        const text = await (await get(part.loc)).text()
        const parsed = (xml.parse(text) as { urlset?: { url: { loc: string }[] } }).urlset?.url ?? []
        record(`sitemap ${new URL(part.loc).pathname} (XSD, at most 1,000 URLs)`, [
          ...(await validateXml(text, 'sitemap')),
          ...(parsed.length > 1000 ? [`${parsed.length} URLs`] : []),
        ])
        urls.push(...parsed.map((url) => url.loc))
      }
    } else {
      record('sitemap (XSD)', await validateXml(root, 'sitemap'))
      urls.push(
        ...((xml.parse(root) as { urlset?: { url: { loc: string }[] } }).urlset?.url ?? []).map((url) => url.loc),
      )
    }
    record('sitemap lists the home page and the example article', [
      ...(urls.includes(`${siteOrigin}/`) ? [] : ['no home page']),
      ...(urls.includes(`${siteOrigin}${EXAMPLE_ARTICLE_PATH}`) ? [] : ['no example article']),
    ])

    // Every listed page, plus search results and a 404, which must say noindex.
    const pages = [
      ...urls.map((url) => ({
        url,
        canonical: url,
        kind: kindOf(new URL(url).pathname),
        indexable: true,
        status: 200,
      })),
      {
        url: `${siteOrigin}/search?q=ketamine`,
        canonical: `${siteOrigin}/search`,
        kind: 'search' as const,
        indexable: false,
        status: 200,
      },
    ]
    const html = new Map<string, string>()
    const cards = new Set<string>()
    for (const page of pages) {
      const response = await get(page.url)
      const body = await response.text()
      const path = new URL(page.url).pathname + new URL(page.url).search
      if (response.status !== page.status) {
        record(`${path}`, [`answers ${response.status}, expected ${page.status} (a listed URL must not redirect)`])
        continue
      }
      html.set(path, body)
      const report = checkPage(body, { url: page.canonical, kind: page.kind, indexable: page.indexable })
      record(`${path}: metadata and JSON-LD`, report.problems)
      if (page.kind === 'article' && report.ogImage) cards.add(report.ogImage)
    }
    const missing = await get(`${siteOrigin}/no-such-page-for-seo-check`)
    const missingHtml = await missing.text()
    html.set('404 page', missingHtml)
    record('404 page answers 404 with noindex', [
      ...(missing.status === 404 ? [] : [`status ${missing.status}`]),
      ...(/<meta name="robots" content="[^"]*noindex/.test(missingHtml) ? [] : ['no noindex']),
    ])

    for (const [path, errors] of await vnuErrors(html)) record(`${path}: Nu HTML Checker`, errors)

    for (const card of cards) {
      const response = await get(card)
      const size = pngSize(Buffer.from(await response.arrayBuffer()))
      record(`social card ${new URL(card).pathname}`, [
        ...(response.status === 200 ? [] : [`status ${response.status}`]),
        ...(response.headers.get('content-type') === 'image/png'
          ? []
          : [`content-type ${response.headers.get('content-type')}`]),
        ...(size?.width === 1200 && size.height === 630 ? [] : [`size ${JSON.stringify(size)}, expected 1200x630`]),
      ])
    }

    // Feeds: parse, newest 20 at most, absolute links, authors and categories; Atom against RFC 4287.
    for (const [path, type] of [
      ['/feed.xml', 'application/rss+xml'],
      ['/feed.atom', 'application/atom+xml'],
    ] as const) {
      const response = await fetch(`${server.origin}${path}`)
      const text = await response.text()
      const problems: string[] = []
      if (!response.headers.get('content-type')?.startsWith(type))
        problems.push(`content-type ${response.headers.get('content-type')}`)
      try {
        const feed = parseFeed(text)
        if (feed.items.length === 0 || feed.items.length > FEED_SIZE) problems.push(`${feed.items.length} items`)
        for (const item of feed.items) {
          if (!item.url?.startsWith(`${siteOrigin}/blog/`))
            problems.push(`item link ${item.url} is not absolute on the site`)
          if (item.authors.length === 0) problems.push(`${item.url}: no author`)
          if (item.categories.length === 0) problems.push(`${item.url}: no category`)
          if (!item.description) problems.push(`${item.url}: no summary`)
        }
      } catch (error) {
        problems.push(`does not parse: ${(error as Error).message}`)
      }
      if (path === '/feed.atom') problems.push(...(await validateXml(text, 'atom')), ...atomRuleViolations(text))
      record(`${path}`, problems)
    }
  } finally {
    await server.stop()
  }
}

main()
  .catch((error: unknown) => record('test:seo', [error instanceof Error ? error.message : String(error)]))
  .finally(() => {
    const failed = results.filter((result) => result.problems.length > 0)
    if (process.env.SEO_VERBOSE)
      for (const result of results) if (result.problems.length === 0) console.log(`ok   ${result.name}`)
    for (const result of failed)
      console.log(`FAIL ${result.name}\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`)
    console.log(`${results.length - failed.length} passed, ${failed.length} failed`)
    process.exitCode = failed.length > 0 || results.length === 0 ? 1 : 0
  })
