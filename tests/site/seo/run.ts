// What the built site tells search engines, checked against a running `next start`: robots.txt,
// the sitemap (sitemaps.org XSDs, hreflang alternates), every page it lists (Nu HTML Checker, metadata, canonical,
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
import { EXAMPLE_ARTICLE_PATH, EXAMPLE_TRANSLATION_PATH } from '@/tooling/exampleArticle'
import { languageOfPath } from '@/lib/navigation/paths'
import { headAlternates, reciprocityProblems, type Alternates } from '../../support/hreflang'

type Result = { name: string; problems: string[] }
const results: Result[] = []
const record = (name: string, problems: string[]) => results.push({ name, problems })

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' })
// The same sitemaps with attributes, for their hreflang alternates (xhtml:link).
const xmlWithLinks = new XMLParser({
  isArray: (name) => name === 'url' || name === 'sitemap' || name === 'xhtml:link',
  ignoreAttributes: false,
  attributeNamePrefix: '',
})
type LinkedUrl = { loc: string; 'xhtml:link'?: { rel: string; hreflang: string; href: string }[] }

/** The alternates each sitemap entry declares, by its URL. */
function sitemapAlternates(text: string): Map<string, Alternates> {
  const entries = (xmlWithLinks.parse(text) as { urlset?: { url: LinkedUrl[] } }).urlset?.url ?? []
  return new Map(
    entries.map((entry) => [entry.loc, new Map((entry['xhtml:link'] ?? []).map((link) => [link.hreflang, link.href]))]),
  )
}

const languageOfUrl = (url: string) => languageOfPath(new URL(url).pathname)
const FEED_SIZE = 20

function kindOf(localized: string): PageKind {
  // A Spanish page (/es/…) is the same kind as its English counterpart.
  const path = languageOfPath(localized) === 'en' ? localized : localized.replace(/^\/[a-z]{2}(?=\/|$)/, '') || '/'
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
    const listedAlternates = new Map<string, Alternates>()
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
        for (const [url, alternates] of sitemapAlternates(text)) listedAlternates.set(url, alternates)
      }
    } else {
      record('sitemap (XSD)', await validateXml(root, 'sitemap'))
      urls.push(
        ...((xml.parse(root) as { urlset?: { url: { loc: string }[] } }).urlset?.url ?? []).map((url) => url.loc),
      )
      for (const [url, alternates] of sitemapAlternates(root)) listedAlternates.set(url, alternates)
    }
    record('sitemap lists the home page and the example article, in English and in Spanish', [
      ...(urls.includes(`${siteOrigin}/`) ? [] : ['no home page']),
      ...(urls.includes(`${siteOrigin}${EXAMPLE_ARTICLE_PATH}`) ? [] : ['no example article']),
      ...(urls.includes(`${siteOrigin}/es`) ? [] : ['no Spanish home page']),
      ...(urls.includes(`${siteOrigin}${EXAMPLE_TRANSLATION_PATH}`) ? [] : ['no Spanish example article']),
    ])
    record('sitemap hreflang alternates are reciprocal and name only listed pages', [
      ...reciprocityProblems(listedAlternates, languageOfUrl),
      ...(listedAlternates.get(`${siteOrigin}${EXAMPLE_ARTICLE_PATH}`)?.get('es') ===
      `${siteOrigin}${EXAMPLE_TRANSLATION_PATH}`
        ? []
        : ['the example article does not name its Spanish translation']),
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
    const pageAlternates = new Map<string, Alternates>()
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
      const lang = /<html[^>]* lang="([^"]*)"/.exec(body)?.[1]
      const expectedLang = languageOfUrl(page.url)
      record(`${path}: metadata and JSON-LD`, [
        ...report.problems,
        ...(lang === expectedLang ? [] : [`<html lang="${lang}">, expected "${expectedLang}"`]),
      ])
      if (page.indexable) pageAlternates.set(page.url, headAlternates(body))
      if (page.kind === 'article' && report.ogImage) cards.add(report.ogImage)
    }
    // Walked over every page: each language version a head names exists and names the page back,
    // and the head and the sitemap name the same versions.
    record('every page head: hreflang alternates reciprocal, only to pages that exist', [
      ...reciprocityProblems(pageAlternates, languageOfUrl),
      ...[...pageAlternates].flatMap(([url, alternates]) => {
        const listed = listedAlternates.get(url) ?? new Map()
        // "https://x.example" and "https://x.example/" are one URL (the head writes the root bare).
        const normal = (versions: Alternates) =>
          JSON.stringify([...versions].map(([code, href]) => [code, new URL(href).href]).sort())
        const same = normal(alternates) === normal(listed)
        return same
          ? []
          : [`${url}: head names ${JSON.stringify([...alternates])}, sitemap ${JSON.stringify([...listed])}`]
      }),
      ...(pageAlternates.get(`${siteOrigin}${EXAMPLE_TRANSLATION_PATH}`)?.get('en') ===
      `${siteOrigin}${EXAMPLE_ARTICLE_PATH}`
        ? []
        : ['the Spanish example article does not name the English one']),
    ])

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
