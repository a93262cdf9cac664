import { render, screen, within } from '@testing-library/react'
import { getStaticPaths } from '@/pages/authors/[slug]'
import { bundledDocuments, documentsOfType } from '../support/bundledDocuments'
import { bundledWith, resetDocuments, setDocuments } from '../support/mockDataset'
import { outcomeOf, pageOf } from '../support/pageOutcome'
import { readingPage } from '../support/readingPage'
import { EXAMPLE_AUTHOR } from '../support/exampleContent'
import { testOnlyPerson } from '../support/testOnlyPerson'

jest.mock('../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

const articles = documentsOfType('article')
const renderAuthor = async (slug: string) => render(<main>{await pageOf(readingPage(`/authors/${slug}`))}</main>)

// A reviewer exists only in this test: the bundled content has no invented clinicians.
const asset = bundledDocuments().find((document) => document._type === 'sanity.imageAsset')
const reviewer = testOnlyPerson('test-reviewer', {
  name: 'Test Reviewer',
  credentials: 'MD',
  role: 'Reviewer (test fixture)',
  bio: 'A person who exists only in this test.',
  photo: { _type: 'image', alt: 'Portrait of the test reviewer', asset: { _type: 'reference', _ref: asset?._id } },
  links: ['https://example.org/test-reviewer', 'javascript:alert(1)'],
})
const reviewed = articles[0] as (typeof articles)[number]

describe('the authors index', () => {
  it('lists the people who wrote or reviewed a published article', async () => {
    render(await pageOf(readingPage('/authors')))
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: EXAMPLE_AUTHOR.name })).toHaveAttribute('href', EXAMPLE_AUTHOR.path)
  })

  it('leaves out a person with no published article', async () => {
    setDocuments(bundledWith(reviewer))
    render(await pageOf(readingPage('/authors')))
    expect(screen.queryByRole('link', { name: /Test Reviewer/ })).toBeNull()
  })
})

describe('a person page', () => {
  it('is generated statically for everyone with an article', async () => {
    expect((await getStaticPaths({})).paths).toEqual([{ params: { slug: EXAMPLE_AUTHOR.slug } }])
  })

  it('shows the name, role and every article they wrote, newest first', async () => {
    await renderAuthor(EXAMPLE_AUTHOR.slug)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(EXAMPLE_AUTHOR.name)
    expect(screen.getByText(EXAMPLE_AUTHOR.role)).toBeInTheDocument()
    const written = within(screen.getByRole('region', { name: `Articles by ${EXAMPLE_AUTHOR.name}` }))
    const expected = articles
      .filter((article) => (article.author as { _ref: string })._ref === EXAMPLE_AUTHOR.id)
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
      .map((article) => article.title)
    expect(written.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(expected)
    expect(screen.queryByRole('region', { name: /medically reviewed/ })).toBeNull()
  })

  it('shows credentials, photo, safe profile links and the articles a reviewer reviewed', async () => {
    setDocuments(
      bundledWith(reviewer, {
        ...reviewed,
        medicalReviewer: { _type: 'reference', _ref: reviewer._id },
        reviewedAt: '2025-01-01',
      }),
    )
    await renderAuthor('test-reviewer')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Test Reviewer, MD')
    expect(screen.getByRole('img', { name: 'Portrait of the test reviewer' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'example.org' })).toHaveAttribute(
      'href',
      'https://example.org/test-reviewer',
    )
    expect(document.querySelector('a[href^="javascript"]')).toBeNull()
    const list = within(screen.getByRole('region', { name: 'Articles medically reviewed by Test Reviewer' }))
    expect(list.getByRole('link', { name: String(reviewed.title) })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Articles by Test Reviewer' })).toBeNull()
  })

  it('answers 404 for an unknown person', async () => {
    await expect(outcomeOf(readingPage('/authors/nobody'))).resolves.toEqual({
      kind: 'notFound',
    })
  })
})
