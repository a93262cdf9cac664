import { render, screen, within } from '@testing-library/react'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { breadcrumbTrail } from '../support/breadcrumbTrail'
import { documentsOfType, type Doc } from '../support/bundledDocuments'
import { bundledWith, resetDocuments, setDocuments } from '../support/mockDataset'
import { pageOf } from '../support/pageOutcome'
import { readingMetadata, readingPage } from '../support/readingPage'
import { checkStructuredData } from '../support/structuredData'

jest.mock('../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

const settings = documentsOfType('siteSettings')[0] as Doc

async function renderPage() {
  return render(<main>{await pageOf(readingPage('/editorial-policy'))}</main>)
}

const sections = () =>
  screen.getAllByRole('region').map((region) => ({
    heading: within(region).getByRole('heading', { level: 2 }).textContent,
    sample: within(region).queryByRole('note') !== null,
  }))

describe('the editorial policy page without policy text in the settings', () => {
  it('describes writing, review and corrections in default text, each part marked as sample text', async () => {
    const { container } = await renderPage()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Editorial policy')
    expect(sections()).toEqual([
      { heading: 'How we write articles', sample: true },
      { heading: 'How articles are medically reviewed', sample: true },
      { heading: 'How we correct mistakes', sample: true },
    ])
    expect(screen.getAllByRole('note')[0]).toHaveTextContent(/^Sample text/)
    expect(container).toHaveTextContent('reviewed again at least once a year')
  })

  it('has its breadcrumbs, a WebPage graph with them, and metadata with its canonical URL', async () => {
    const { container } = await renderPage()
    expect(breadcrumbTrail()).toBe('Home (/) › Editorial policy (/editorial-policy, current)')
    const graph = JSON.parse(container.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}')
    const report = checkStructuredData(graph)
    expect(report.problems).toEqual([])
    expect(report.types).toEqual(expect.arrayContaining(['WebPage', 'BreadcrumbList', 'MedicalClinic']))
    const clinic = graph['@graph'].find((node: { '@type': string }) => node['@type'] === 'MedicalClinic')
    expect(clinic.publishingPrinciples).toBe(absoluteUrl('/editorial-policy'))

    const metadata = await readingMetadata('/editorial-policy')
    expect(metadata.title).toBe('Editorial policy')
    expect(metadata.description).toMatch(/medically reviewed/)
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/editorial-policy'))
  })
})

describe('the editorial policy page with the clinic’s own text', () => {
  it('shows the settings text, in paragraphs, and marks only the parts still left as sample', async () => {
    setDocuments(
      bundledWith({
        ...settings,
        reviewIntervalMonths: 6,
        editorialPolicy: {
          writing: 'Our nurses draft every article.\n\nA physician edits it.',
          reviewing: 'A psychiatrist reviews each article every six months.',
        },
      }),
    )
    const { container } = await renderPage()
    expect(sections()).toEqual([
      { heading: 'How we write articles', sample: false },
      { heading: 'How articles are medically reviewed', sample: false },
      { heading: 'How we correct mistakes', sample: true },
    ])
    const writing = screen.getAllByRole('region')[0] as HTMLElement
    expect(
      within(writing)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    ).toEqual(['Our nurses draft every article.', 'A physician edits it.'])
    expect(container).toHaveTextContent('A psychiatrist reviews each article every six months.')
  })
})
