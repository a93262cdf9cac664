import { parseFeed } from '@rowanmanning/feed-parser'
import type { SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { atomRuleViolations } from '../support/atomRules'
import { generatedSite } from '../support/generatedSite'
import { validateXmlInChild } from '../support/validateXml'

let mockDocuments: SanityDocument[] | null = null
jest.mock('../../lib/sanity/embedded/embeddedDocuments', () => {
  const actual = jest.requireActual('../../lib/sanity/embedded/embeddedDocuments')
  return { embeddedDocuments: () => mockDocuments ?? actual.embeddedDocuments() }
})

import { GET as atomFeed } from '@/app/feed.atom/route'
import { GET as rssFeed } from '@/app/feed.xml/route'
import { GET as spanishAtomFeed } from '@/app/es/feed.atom/route'
import { GET as spanishRssFeed } from '@/app/es/feed.xml/route'
import { pathsFor } from '@/lib/navigation/paths'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { crawlerPaths } from '@/lib/seo/crawlerPaths'
import { bundledDocuments } from '../support/bundledDocuments'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR, SITE_SETTINGS } from '../support/exampleContent'

afterEach(() => {
  mockDocuments = null
})

async function read(route: () => Promise<Response>) {
  const response = await route()
  return { type: response.headers.get('content-type'), xml: await response.text() }
}

describe.each([
  ['RSS 2.0', rssFeed, 'application/rss+xml; charset=utf-8'],
  ['Atom', atomFeed, 'application/atom+xml; charset=utf-8'],
])('the %s feed', (_name, route, contentType) => {
  it('lists the bundled articles newest first, with full summaries, authors, categories and absolute links', async () => {
    const { type, xml } = await read(route)
    expect(type).toBe(contentType)
    const feed = parseFeed(xml)
    expect(feed.title).toBe(SITE_SETTINGS.clinicName)
    expect(feed.url).toBe(absoluteUrl('/'))
    expect(feed.items.length).toBeGreaterThan(0)
    const dates = feed.items.map((item) => item.published?.getTime() ?? 0)
    expect(dates).toEqual([...dates].sort((a, b) => b - a))

    const example = feed.items.find((item) => item.url === absoluteUrl(EXAMPLE_ARTICLE.path))
    expect(example).toBeDefined()
    expect(example?.title).toBe(EXAMPLE_ARTICLE.title)
    expect(example?.description).toBe(
      'Ever heard the phrase, “Baby blues aren’t always blue”? It’s a haunting reality for many new moms.',
    )
    expect(example?.content).toContain('Key takeaways')
    expect(example?.published?.toISOString()).toBe('2024-01-15T09:00:00.000Z')
    expect(example?.authors.map((author) => author.name)).toEqual([EXAMPLE_AUTHOR.name])
    expect(example?.categories.map((category) => category.label ?? category.term).sort()).toEqual([
      'Ketamine Therapy',
      'Mental Health',
      'Postpartum Depression',
    ])
    for (const item of feed.items) expect(item.url).toMatch(/^https?:\/\/[^/]+\/blog\/[a-z0-9-]+$/)
  })
})

describe('the Atom feed', () => {
  it('validates against the RFC 4287 schema and follows its other rules', async () => {
    const { xml } = await read(atomFeed)
    expect(validateXmlInChild(xml, 'atom')).toEqual([])
    expect(atomRuleViolations(xml)).toEqual([])
  })
})

describe('feeds of a large site', () => {
  beforeEach(() => {
    mockDocuments = generatedSite({ articles: 45, noindexEvery: 10 })
  })

  it('carry the newest 20 indexable articles, titles with markup characters intact', async () => {
    for (const route of [rssFeed, atomFeed]) {
      const { xml } = await read(route)
      const items = parseFeed(xml).items
      // Articles 1, 11, 21 are noindex, so the 20 newest indexable ones run to article 22.
      const expected = Array.from({ length: 23 }, (_, i) => i).filter((i) => i % 10 !== 1)
      expect(items.map((item) => item.url)).toEqual(expected.map((i) => absoluteUrl(`/blog/article-${i}`)))
      expect(items[0]?.title).toBe('Article 0 & friends')
    }
    const { xml } = await read(atomFeed)
    expect(validateXmlInChild(xml, 'atom')).toEqual([])
    expect(atomRuleViolations(xml)).toEqual([])
  })
})

// The bundled dataset's listed, indexable articles of one language (none is English), by URL.
function articleUrls(language: 'en' | 'es'): string[] {
  return bundledDocuments()
    .filter((doc) => doc._type === 'article' && (doc.language ?? 'en') === language)
    .filter((doc) => (doc.seo as { noindex?: boolean } | undefined)?.noindex !== true)
    .map((doc) => absoluteUrl(pathsFor(language).article((doc.slug as { current: string }).current)))
}

describe.each([
  ['RSS 2.0', rssFeed, spanishRssFeed],
  ['Atom', atomFeed, spanishAtomFeed],
])('the %s feeds per language', (name, englishRoute, spanishRoute) => {
  it('list only English articles at the root and only Spanish ones under /es, at their own addresses', async () => {
    const english = parseFeed((await read(englishRoute)).xml)
    const spanish = parseFeed((await read(spanishRoute)).xml)
    const spanishUrls = articleUrls('es')
    expect(spanishUrls.length).toBeGreaterThan(0)
    expect(spanish.items.map((item) => item.url).sort()).toEqual(spanishUrls.slice(0, 20).sort())
    for (const item of spanish.items) expect(item.url).toMatch(/^https?:\/\/[^/]+\/es\/blog\/[a-z0-9-]+$/)
    const englishUrls = new Set(articleUrls('en'))
    expect(english.items.length).toBeGreaterThan(0)
    for (const item of english.items) expect(englishUrls.has(item.url ?? '')).toBe(true)
  })

  it('speak Spanish under /es: the Spanish clinic name, description, language and links', async () => {
    const spanishSettings = bundledDocuments().find((doc) => doc._id === 'siteSettings-es') as
      { clinicName?: string } | undefined
    const { type, xml } = await read(spanishRoute)
    expect(type).toMatch(/; charset=utf-8$/)
    const feed = parseFeed(xml)
    expect(feed.title).toBe(spanishSettings?.clinicName ?? SITE_SETTINGS.clinicName)
    expect(feed.url).toBe(absoluteUrl(pathsFor('es').home))
    expect(feed.language).toBe('es')
    expect(feed.self).toBe(absoluteUrl(name === 'Atom' ? crawlerPaths.feeds('es').atom : crawlerPaths.feeds('es').rss))
    expect(feed.description).toMatch(/^Los artículos más recientes del blog de /)
    const withTakeaways = feed.items.find((item) => item.content?.includes('<li>'))
    expect(withTakeaways?.content).toContain('Puntos clave')
    expect(withTakeaways?.content).toContain('Leer el artículo completo')
    expect(xml).not.toMatch(/Key takeaways|Read the full article|The latest articles/)
    // The English feed says what it always said (its Atom root never had xml:lang).
    const english = parseFeed((await read(englishRoute)).xml)
    expect(english.language).toBe(name === 'Atom' ? null : 'en')
    expect(english.description).toBe(`The latest articles from the ${SITE_SETTINGS.clinicName} blog.`)
  })

  it('answer 404 under /es while the clinic does not publish Spanish', async () => {
    mockDocuments = bundledDocuments().map((doc) => (doc._id === 'siteSettings' ? { ...doc, languages: ['en'] } : doc))
    expect((await spanishRoute()).status).toBe(404)
    expect((await englishRoute()).status).toBe(200)
  })
})

describe('the Spanish Atom feed', () => {
  it('validates against the RFC 4287 schema and follows its other rules', async () => {
    const { xml } = await read(spanishAtomFeed)
    expect(validateXmlInChild(xml, 'atom')).toEqual([])
    expect(atomRuleViolations(xml)).toEqual([])
  })
})
