import { XMLParser } from 'fast-xml-parser'
import type { SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { generatedSite } from '../support/generatedSite'
import { validateXmlInChild } from '../support/validateXml'

// The routes read the dataset the embedded source loads; each test decides what it holds.
let mockDocuments: SanityDocument[] | null = null
jest.mock('../../lib/sanity/embedded/embeddedDocuments', () => {
  const actual = jest.requireActual('../../lib/sanity/embedded/embeddedDocuments')
  return { embeddedDocuments: () => mockDocuments ?? actual.embeddedDocuments() }
})

import { GET as rootSitemap } from '@/app/sitemap.xml/route'
import { GET as sitemapPart, generateStaticParams } from '@/app/sitemaps/[file]/route'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR } from '../support/exampleContent'
import { EXAMPLE_TRANSLATION_PATH } from '@/tooling/exampleArticle'
import { reciprocityProblems } from '../support/hreflang'

// Sitemaps need no entity: none is expanded (no DOCTYPE entities, no HTML entities).
const parser = new XMLParser({
  isArray: (name) => name === 'url' || name === 'sitemap',
  processEntities: false,
  htmlEntities: false,
})
type Urlset = { urlset: { url: { loc: string; lastmod?: string }[] } }
type SitemapIndex = { sitemapindex: { sitemap: { loc: string; lastmod?: string }[] } }

async function part(file: string) {
  return sitemapPart(new Request(absoluteUrl(`/sitemaps/${file}`)), { params: Promise.resolve({ file }) })
}

afterEach(() => {
  mockDocuments = null
})

describe('/sitemap.xml on the bundled dataset', () => {
  it('is a valid urlset listing every published page with its last modification', async () => {
    const response = await rootSitemap()
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const xml = await response.text()
    expect(validateXmlInChild(xml, 'sitemap')).toEqual([])
    const urls = (parser.parse(xml) as Urlset).urlset.url
    const locs = urls.map((url) => url.loc)
    expect(locs).toEqual(
      expect.arrayContaining([
        absoluteUrl('/'),
        absoluteUrl('/blog'),
        absoluteUrl(EXAMPLE_ARTICLE.path),
        absoluteUrl('/topics/postpartum-depression'),
        absoluteUrl(EXAMPLE_AUTHOR.path),
        absoluteUrl('/faq'),
        absoluteUrl('/editorial-policy'),
      ]),
    )
    expect(new Set(locs).size).toBe(locs.length)
    expect(locs.some((loc) => loc.includes('/search') || loc.includes('/studio') || loc.includes('/api'))).toBe(false)
    const example = urls.find((url) => url.loc === absoluteUrl(EXAMPLE_ARTICLE.path))
    expect(example?.lastmod).toBe('2024-01-15T09:00:00.000Z')
    // The editorial policy lives in the site settings, which the sitemap does not read: it is undated.
    const policies = [absoluteUrl('/editorial-policy'), absoluteUrl('/es/editorial-policy')]
    const dated = urls.filter((url) => !policies.includes(url.loc))
    expect(dated.every((url) => url.lastmod && !Number.isNaN(Date.parse(url.lastmod)))).toBe(true)
    expect(urls.find((url) => url.loc === absoluteUrl('/editorial-policy'))?.lastmod).toBeUndefined()
  })

  it("names each page's language versions (xhtml:link hreflang), reciprocally and only to listed pages", async () => {
    const xml = await (await rootSitemap()).text()
    const withLinks = new XMLParser({
      isArray: (name) => name === 'url' || name === 'xhtml:link',
      ignoreAttributes: false,
      attributeNamePrefix: '',
    })
    type Linked = { loc: string; 'xhtml:link'?: { rel: string; hreflang: string; href: string }[] }
    const urls = (withLinks.parse(xml) as { urlset: { url: Linked[] } }).urlset.url
    const alternates = new Map(
      urls.map((url) => [url.loc, new Map((url['xhtml:link'] ?? []).map((link) => [link.hreflang, link.href]))]),
    )
    const languageOf = (url: string) => (new URL(url).pathname.startsWith('/es') ? 'es' : 'en')
    expect(reciprocityProblems(alternates, languageOf)).toEqual([])
    const english = absoluteUrl(EXAMPLE_ARTICLE.path)
    const spanish = absoluteUrl(EXAMPLE_TRANSLATION_PATH)
    const expected = new Map([
      ['en', english],
      ['es', spanish],
      ['x-default', english],
    ])
    expect(alternates.get(english)).toEqual(expected)
    expect(alternates.get(spanish)).toEqual(expected)
    expect(alternates.get(absoluteUrl('/'))?.get('es')).toBe(absoluteUrl('/es'))
    // Page 2 of one language's list is not page 2 of the other's: no alternates.
    const secondPage = urls.find((url) => url.loc === absoluteUrl('/blog?page=2'))
    expect(secondPage && secondPage['xhtml:link']).toBeUndefined()
  })

  it('has no split parts while the site fits one file', async () => {
    expect(await generateStaticParams()).toEqual([])
    expect((await part('1.xml')).status).toBe(404)
  })
})

describe('a site of 2,500 articles', () => {
  beforeEach(() => {
    mockDocuments = generatedSite({ articles: 2500, noindexEvery: 10, canonicalElsewhereEvery: 25 })
  })

  it('is split into a valid sitemap index of files with at most 1,000 URLs each', async () => {
    const index = await (await rootSitemap()).text()
    expect(validateXmlInChild(index, 'sitemapIndex')).toEqual([])
    const files = (parser.parse(index) as SitemapIndex).sitemapindex.sitemap
    expect(files.map((file) => file.loc)).toEqual([1, 2, 3].map((n) => absoluteUrl(`/sitemaps/${n}.xml`)))
    expect(await generateStaticParams()).toEqual([{ file: '1.xml' }, { file: '2.xml' }, { file: '3.xml' }])

    const locs: string[] = []
    for (const [n, file] of files.entries()) {
      const response = await part(`${n + 1}.xml`)
      expect(response.status).toBe(200)
      const xml = await response.text()
      expect(validateXmlInChild(xml, 'sitemap')).toEqual([])
      const urls = (parser.parse(xml) as Urlset).urlset.url
      expect(urls.length).toBeLessThanOrEqual(1000)
      // The index dates each part by its newest page.
      expect(file.lastmod).toBe(
        urls
          .map((url) => url.lastmod ?? '')
          .sort()
          .at(-1),
      )
      locs.push(...urls.map((url) => url.loc))
    }

    // 2,500 articles less 250 noindex, 100 with a canonical elsewhere and the one redirected.
    const articles = locs.filter((loc) => loc.includes('/blog/article-'))
    expect(articles).toHaveLength(2500 - 250 - 100 - 1)
    expect(new Set(locs).size).toBe(locs.length)
    expect(locs).not.toContain(absoluteUrl('/blog/article-1'))
    expect(locs).not.toContain(absoluteUrl('/blog/article-2'))
    expect(locs).not.toContain(absoluteUrl('/blog/article-3'))
    expect(locs).toContain(absoluteUrl('/blog/article-0'))
    expect(locs).toContain(absoluteUrl('/blog?page=250'))
    expect(locs).not.toContain(absoluteUrl('/blog?page=251'))
    expect(locs.some((loc) => /\/20\d\d\/01\//.test(loc))).toBe(false)
    expect(locs.filter((loc) => loc.includes('/topics/'))).toHaveLength(5)
    expect(locs.filter((loc) => loc.includes('/authors/'))).toHaveLength(3)
  })

  it('answers 404 for a part that does not exist', async () => {
    for (const file of ['4.xml', '0.xml', 'x.xml', '1.xml.gz', '01.xml']) expect((await part(file)).status).toBe(404)
  })
})
