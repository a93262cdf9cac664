import type { ContentLakeServer } from '@/tooling/contentLakeServer'
import { EXAMPLE_AUTHOR, MOVED_BLOG_ARTICLE, MOVED_DATED_ARTICLE, TOPIC_SLUGS } from '../../support/exampleContent'
import { sanityModeEnv, startSeededServer, withEnv } from '../../support/sanityMode'
import { testOnlyArticle } from '../../support/testOnlyArticle'

// Outside a request, the pages ask next/headers whether an editor is previewing: nobody is.
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))

const OLD_PATHS = [MOVED_BLOG_ARTICLE, MOVED_DATED_ARTICLE].map((moved) => `/${moved.oldSegments.join('/')}`)

const PAGES = [
  '/blog',
  '/blog?page=2',
  '/topics',
  ...TOPIC_SLUGS.map((slug) => `/topics/${slug}`),
  '/authors',
  EXAMPLE_AUTHOR.path,
  '/faq',
  '/search?q=ketamine',
  '/search?q=breastfeeding+ssris',
  '/search?q=quokka',
]

type Visit =
  { kind: 'page'; html: string } | { kind: 'notFound' } | { kind: 'redirect'; location: string; status: number }

/** Renders each URL as the site would in the current mode (pages loaded afresh for it). */
async function visitAll(urls: string[]): Promise<Map<string, Visit>> {
  const { renderToStaticMarkup } = await import('react-dom/server')
  const { visit } = await import('../../support/visitRoute')
  const results = new Map<string, Visit>()
  for (const url of urls) {
    const outcome = await visit(url)
    results.set(url, outcome.kind === 'page' ? { kind: 'page', html: renderToStaticMarkup(outcome.element) } : outcome)
  }
  return results
}

const withoutImageUrls = (html: string) => html.replace(/ (src|srcSet|srcset)="[^"]*"/g, ' $1=""')

// The Content Lake holds what the bundled file cannot show: an unpublished draft (which no
// page may show) and a redirect document added after the site was built.
const draft = testOnlyArticle('unpublished-probe', {
  _id: 'drafts.article-unpublished-probe',
  title: 'Unpublished quokka draft',
  excerpt: 'A draft that mentions a quokka.',
  publishedAt: '2030-01-01T00:00:00Z',
  legacyUrls: ['/draft-only-old-path/'],
})
const redirect = { _id: 'redirect-added-later', _type: 'redirect', from: '/added-later/', to: '/faq', permanent: true }

describe('the pages around an article, in Sanity mode against a local Content Lake', () => {
  let server: ContentLakeServer
  let embedded: Map<string, Visit>
  let lake: Map<string, Visit>

  beforeAll(async () => {
    server = await startSeededServer()
    server.seed([draft, redirect])
    const urls = [...PAGES, ...OLD_PATHS, '/added-later', '/draft-only-old-path', '/blog/unpublished-probe']
    embedded = await withEnv({}, () => visitAll(urls))
    lake = await withEnv(sanityModeEnv(server), () => visitAll(urls))
  }, 120_000)
  afterAll(() => server.close())

  it.each(PAGES)('renders %s exactly as embedded mode does', (url) => {
    const fromLake = lake.get(url)
    const fromFile = embedded.get(url)
    expect(fromLake?.kind).toBe('page')
    if (fromLake?.kind !== 'page' || fromFile?.kind !== 'page') return
    expect(withoutImageUrls(fromLake.html)).toBe(withoutImageUrls(fromFile.html))
  })

  it('finds articles with GROQ match and score in the Content Lake too', () => {
    const results = lake.get('/search?q=ketamine')
    expect(results?.kind === 'page' ? results.html : '').toMatch(/<mark>Ketamine<\/mark>/i)
  })

  it('never shows or finds a draft', () => {
    for (const visit of lake.values())
      if (visit.kind === 'page') expect(visit.html).not.toContain('Unpublished quokka draft')
    expect(lake.get('/blog/unpublished-probe')).toEqual({ kind: 'notFound' })
    expect(lake.get('/draft-only-old-path')).toEqual({ kind: 'notFound' })
  })

  it('answers the legacy URLs of articles with permanent redirects', () => {
    expect(lake.get(OLD_PATHS[0] ?? '')).toEqual({
      kind: 'redirect',
      location: MOVED_BLOG_ARTICLE.newPath,
      status: 308,
    })
    expect(lake.get(OLD_PATHS[1] ?? '')).toEqual({
      kind: 'redirect',
      location: MOVED_DATED_ARTICLE.newPath,
      status: 308,
    })
  })

  it('follows a redirect document that exists only in the Content Lake, with no rebuild', () => {
    expect(lake.get('/added-later')).toEqual({ kind: 'redirect', location: '/faq', status: 308 })
    expect(embedded.get('/added-later')).toEqual({ kind: 'notFound' })
  })
})
