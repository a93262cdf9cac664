import { render, screen, within } from '@testing-library/react'
import { ARTICLES_PER_PAGE } from '@/lib/navigation/pagination'
import { bundledDocuments, documentsOfType } from '../support/bundledDocuments'
import { resetDocuments, setDocuments } from '../support/mockDataset'
import { outcomeOf, pageOf } from '../support/pageOutcome'
import { readingPage } from '../support/readingPage'

jest.mock('../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

const articles = documentsOfType('article').sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
const lastPage = Math.ceil(articles.length / ARTICLES_PER_PAGE)

/** The blog index for a query string such as "?page=2". */
const blogPage = (query = '') => readingPage(`/blog${query}`)

function cardTitles(): string[] {
  return within(screen.getByRole('main'))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent ?? '')
}

function renderInMain(element: React.ReactElement) {
  return render(<main>{element}</main>)
}

describe('the blog index', () => {
  it('needs more than one page for the bundled articles, or pagination goes untested', () => {
    expect(lastPage).toBeGreaterThan(1)
  })

  it('shows the newest articles first on /blog, with a rel="next" link and no rel="prev"', async () => {
    const { container } = renderInMain(await pageOf(blogPage()))
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(cardTitles()).toEqual(articles.slice(0, ARTICLES_PER_PAGE).map((article) => article.title))
    expect(container.querySelector('a[rel="next"]')).toHaveAttribute('href', '/blog?page=2')
    expect(container.querySelector('a[rel="prev"]')).toBeNull()
    expect(screen.getByRole('link', { current: 'page', name: /1/ })).toHaveAttribute('href', '/blog')
  })

  it('shows the rest on the last page, whose rel="prev" link leads back', async () => {
    const { container } = renderInMain(await pageOf(blogPage(`?page=${lastPage}`)))
    expect(cardTitles()).toEqual(articles.slice((lastPage - 1) * ARTICLES_PER_PAGE).map((article) => article.title))
    expect(container.querySelector('a[rel="prev"]')).toHaveAttribute(
      'href',
      lastPage === 2 ? '/blog' : `/blog?page=${lastPage - 1}`,
    )
    expect(container.querySelector('a[rel="next"]')).toBeNull()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`page ${lastPage}`)
  })

  it.each([['0'], ['-1'], ['abc'], ['1.5'], ['01'], [''], ['2abc'], ['99999999999'], [String(lastPage + 1)]])(
    'answers 404 for ?page=%p',
    async (page) => {
      await expect(outcomeOf(blogPage(`?page=${encodeURIComponent(page)}`))).resolves.toEqual({ kind: 'notFound' })
    },
  )

  it('answers 404 for a repeated ?page parameter', async () => {
    await expect(outcomeOf(blogPage('?page=1&page=2'))).resolves.toEqual({ kind: 'notFound' })
  })

  it('sends ?page=1 to /blog with a permanent redirect, so page 1 has one URL', async () => {
    await expect(outcomeOf(blogPage('?page=1'))).resolves.toEqual({
      kind: 'redirect',
      location: '/blog',
      status: 308,
    })
  })

  it('says so on /blog when nothing is published, and answers 404 for page 2', async () => {
    setDocuments(bundledDocuments().filter((document) => document._type !== 'article'))
    renderInMain(await pageOf(blogPage()))
    expect(screen.getByText('No articles have been published yet.')).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: /pages/ })).toBeNull()
    await expect(outcomeOf(blogPage('?page=2'))).resolves.toEqual({ kind: 'notFound' })
  })

  it('leaves out an article that fails validation, and still renders the page', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const [newest] = articles
    setDocuments(
      bundledDocuments().map((document) => (document._id === newest?._id ? { ...document, title: 42 } : document)),
    )
    renderInMain(await pageOf(blogPage()))
    expect(cardTitles()).not.toContain(newest?.title)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(String(newest?._id)))
    warn.mockRestore()
  })
})
