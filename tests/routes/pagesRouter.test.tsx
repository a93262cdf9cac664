import { render, screen, within } from '@testing-library/react'
import type { GetStaticPropsResult } from 'next'
import type { ReactNode } from 'react'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import * as articlePage from '@/pages/blog/[slug]'
import * as blogPage from '@/pages/blog/index'
import * as blogPageN from '@/pages/blog/page/[page]'
import * as editorialPolicyPage from '@/pages/editorial-policy'
import * as faqPage from '@/pages/faq'
import * as homePage from '@/pages/index'
import * as peoplePage from '@/pages/authors/index'
import * as personPage from '@/pages/authors/[slug]'
import * as topicPage from '@/pages/topics/[slug]'
import * as topicsPage from '@/pages/topics/index'
import { CALM_TOPIC, EXAMPLE_ARTICLE, EXAMPLE_AUTHOR, MOVED_BLOG_ARTICLE } from '../support/exampleContent'
import { bundledWith, resetDocuments, setDocuments } from '../support/mockDataset'

// The reading pages as the Pages Router serves them to readers: getStaticProps (props, 404 or
// redirect), the paths built ahead, and the page itself, head and chrome around the view.

jest.mock('../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../support/mockDataset').datasetModule(),
)
// Outside Next, next/head renders nothing; inline, React puts its title, meta and link elements
// into document.head, where the test reads them.
jest.mock('next/head', () => ({ __esModule: true, default: ({ children }: { children: ReactNode }) => children }))
afterEach(resetDocuments)

const OLD_BLOG_SLUG = MOVED_BLOG_ARTICLE.oldSegments[1] as string

type Generated = GetStaticPropsResult<object> | Promise<GetStaticPropsResult<object>>

const pages: [string, () => Generated, { config: object }][] = [
  ['/', () => homePage.getStaticProps({}), homePage],
  ['/blog', () => blogPage.getStaticProps({}), blogPage],
  ['/blog?page=2', () => blogPageN.getStaticProps({ params: { page: '2' } }), blogPageN],
  [EXAMPLE_ARTICLE.path, () => articlePage.getStaticProps({ params: { slug: EXAMPLE_ARTICLE.slug } }), articlePage],
  ['/topics', () => topicsPage.getStaticProps({}), topicsPage],
  [`/topics/${CALM_TOPIC.slug}`, () => topicPage.getStaticProps({ params: { slug: CALM_TOPIC.slug } }), topicPage],
  ['/authors', () => peoplePage.getStaticProps({}), peoplePage],
  [EXAMPLE_AUTHOR.path, () => personPage.getStaticProps({ params: { slug: EXAMPLE_AUTHOR.slug } }), personPage],
  ['/faq', () => faqPage.getStaticProps({}), faqPage],
  ['/editorial-policy', () => editorialPolicyPage.getStaticProps({}), editorialPolicyPage],
]

async function articleProps(slug = EXAMPLE_ARTICLE.slug) {
  const result = await articlePage.getStaticProps({ params: { slug } })
  if (!('props' in result)) throw new Error(`expected props, got ${JSON.stringify(result)}`)
  return result.props
}

describe('every reading page', () => {
  it.each(pages.map(([path, generate]) => [path, generate] as const))(
    '%s: gets props Next can serialize, with no undefined value',
    async (_path, generate) => {
      const result = await generate()
      if (!('props' in result)) throw new Error(`expected props, got ${JSON.stringify(result)}`)
      const props = await result.props
      // toStrictEqual tells a key holding undefined apart from a missing one, as Next does.
      expect(JSON.parse(JSON.stringify(props))).toStrictEqual(props)
    },
  )

  it.each(pages.map(([path, , page]) => [path, page] as const))('%s: sends readers no JavaScript', (_path, page) => {
    expect(page.config).toEqual({ unstable_runtimeJS: false })
  })
})

describe('the article page in the Pages Router', () => {
  it('builds the bundled articles ahead and any other slug on its first request', async () => {
    const { paths, fallback } = await articlePage.getStaticPaths({})
    expect(paths).toContainEqual({ params: { slug: EXAMPLE_ARTICLE.slug } })
    expect(fallback).toBe('blocking')
  })

  it('answers 404 for an unknown slug, and tries it again later', async () => {
    const result = await articlePage.getStaticProps({ params: { slug: 'never-existed' } })
    expect(result).toMatchObject({ notFound: true })
    expect(result).not.toHaveProperty('props')
    // Within a minute, not the article's day: it may be published later on another instance.
    expect(result).toHaveProperty('revalidate', 60)
  })

  it('redirects an old slug to the article, permanently', async () => {
    await expect(articlePage.getStaticProps({ params: { slug: OLD_BLOG_SLUG } })).resolves.toMatchObject({
      redirect: { destination: MOVED_BLOG_ARTICLE.newPath, permanent: true },
    })
  })

  it('keeps a redirect document marked temporary temporary', async () => {
    setDocuments(
      bundledWith({ _id: 'redirect-summer', _type: 'redirect', from: '/blog/summer/', to: '/faq', permanent: false }),
    )
    await expect(articlePage.getStaticProps({ params: { slug: 'summer' } })).resolves.toMatchObject({
      redirect: { destination: '/faq', permanent: false },
    })
  })

  it('renders the head, the chrome and the article view', async () => {
    const ArticlePage = articlePage.default
    const { container } = render(<ArticlePage {...await articleProps()} />)
    // The chrome: skip link, site header, main landmark, site footer; the head went to document.head.
    expect(Array.from(container.children, (element) => element.tagName)).toEqual(['A', 'HEADER', 'MAIN', 'FOOTER'])
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main-content')
    const main = within(screen.getByRole('main'))
    expect(main.getByRole('heading', { level: 1 })).toHaveTextContent(EXAMPLE_ARTICLE.title)
    expect(main.getByRole('navigation', { name: /breadcrumb/i })).toBeInTheDocument()
    expect(main.getByRole('navigation', { name: 'Table of contents' })).toBeInTheDocument()
    expect(container.querySelector('main script[type="application/ld+json"]')).not.toBeNull()
    expect(document.title).toContain(EXAMPLE_ARTICLE.title)
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      absoluteUrl(EXAMPLE_ARTICLE.path),
    )
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).not.toMatch(/noindex/)
    expect(container).not.toHaveTextContent('Preview of drafts')
  })
})

describe('the later pages of the blog index, as the proxy hands over /blog?page=N', () => {
  it('answers 404 for what is no page number (the proxy sends 0 for a word or a repeated ?page=)', async () => {
    await expect(blogPageN.getStaticProps({ params: { page: '0' } })).resolves.toMatchObject({ notFound: true })
  })

  it('sends ?page=1 to /blog', async () => {
    await expect(blogPageN.getStaticProps({ params: { page: '1' } })).resolves.toMatchObject({
      redirect: { destination: '/blog', permanent: true },
    })
  })

  it('gives page N its own props', async () => {
    await expect(blogPageN.getStaticProps({ params: { page: '2' } })).resolves.toMatchObject({ props: { page: 2 } })
  })
})
