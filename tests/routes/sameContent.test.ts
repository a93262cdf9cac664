import type { GetStaticProps } from 'next'
import type { ParsedUrlQuery } from 'node:querystring'
import type { ReactElement } from 'react'
import { z } from 'zod'
import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import type { ReadingProps } from '@/routes/readingRoute'
import type { ContentLakeServer } from '@/tooling/contentLakeServer'
import { sanityModeEnv, startSeededServer, withEnv } from '../support/sanityMode'
import { EXAMPLE_ARTICLE } from '../support/exampleContent'

// Outside a request, the pages ask next/headers whether an editor is previewing: nobody is.
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))

// Each article at its address: an English one under /blog, a Spanish one under /es/blog.
const articles = readDatasetDocuments()
  .filter((document) => document._type === 'article')
  .map((document) => {
    const { slug, language } = z
      .object({ slug: z.object({ current: z.string() }), language: z.enum(['en', 'es']).optional() })
      .parse(document)
    return { slug: slug.current, spanish: language === 'es' }
  })
  .sort((a, b) => a.slug.localeCompare(b.slug))
const articlePaths = articles.map(({ slug, spanish }) => (spanish ? `/es/blog/${slug}` : `/blog/${slug}`))

type PagesRouterPage<Props extends ReadingProps, Params extends ParsedUrlQuery> = {
  getStaticProps: GetStaticProps<Props, Params>
  default: (props: Props) => ReactElement
}

/** Every article page and the home page, as the Pages Router generates them for readers, as HTML. */
async function renderSite(): Promise<Map<string, string>> {
  // From the same module registry as the pages, so both share one React.
  const { renderToStaticMarkup } = await import('react-dom/server')
  const { createElement } = await import('react')
  async function generate<Props extends ReadingProps, Params extends ParsedUrlQuery>(
    page: PagesRouterPage<Props, Params>,
    params?: Params,
  ): Promise<string> {
    const result = await page.getStaticProps({ params })
    if (!('props' in result)) throw new Error(`expected a page, got ${JSON.stringify(result)}`)
    return renderToStaticMarkup(createElement(page.default, await result.props))
  }
  const home = await import('@/pages/index')
  const article = await import('@/pages/blog/[slug]')
  const spanishHome = await import('@/pages/es/index')
  const spanishArticle = await import('@/pages/es/blog/[slug]')
  const pages = new Map<string, string>()
  pages.set('/', await generate(home))
  pages.set('/es', await generate(spanishHome))
  for (const { slug, spanish } of articles)
    pages.set(
      spanish ? `/es/blog/${slug}` : `/blog/${slug}`,
      await generate(spanish ? spanishArticle : article, { slug }),
    )
  return pages
}

// Image files are served from different places (the bundled /images/ folder, Sanity's CDN):
// everything else must be identical.
const withoutImageUrls = (html: string) => html.replace(/ (src|srcSet|srcset)="[^"]*"/g, ' $1=""')

describe('the Sanity mode, against a local Content Lake seeded with the bundled dataset', () => {
  let server: ContentLakeServer
  let embedded: Map<string, string>
  let lake: Map<string, string>
  let siteRequests: ContentLakeServer['requests']

  beforeAll(async () => {
    server = await startSeededServer()
    embedded = await withEnv({}, renderSite)
    const seedRequests = server.requests.length
    lake = await withEnv(sanityModeEnv(server), renderSite)
    siteRequests = server.requests.slice(seedRequests)
  }, 120_000)
  afterAll(() => server.close())

  it('reads published content from the Content Lake, without the token', () => {
    expect(siteRequests.length).toBeGreaterThan(articlePaths.length)
    for (const request of siteRequests) {
      expect(request.path).toBe(`/v2025-09-01/data/query/${server.dataset}`)
      expect(request.search.get('perspective')).toBe('published')
      expect(request.authorization).toBeUndefined()
    }
  })

  it('renders the example article with its content', () => {
    const html = lake.get(EXAMPLE_ARTICLE.path) ?? ''
    expect(html).toContain('<h1')
    expect(html).toMatch(/Ketamine/)
    expect(html).toContain(encodeURIComponent('https://cdn.sanity.io/images/test/production/'))
  })

  it.each(['/', '/es', ...articlePaths])('renders %s exactly as embedded mode does', (page) => {
    expect(withoutImageUrls(lake.get(page) ?? 'missing')).toBe(withoutImageUrls(embedded.get(page) ?? 'missing'))
  })
})
