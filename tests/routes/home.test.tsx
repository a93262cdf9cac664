import { render, screen, within } from '@testing-library/react'
import { bundledDocuments, documentsOfType } from '../support/bundledDocuments'
import { bundledWith, resetDocuments, setDocuments } from '../support/mockDataset'
import { pageOf } from '../support/pageOutcome'
import { readingPage } from '../support/readingPage'

jest.mock('../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

const settings = bundledDocuments().find((document) => document._id === 'siteSettings') as Record<string, unknown> & {
  _id: string
  _type: string
}
const newest = documentsOfType('article')
  .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
  .map((article) => article.title)

async function renderHome() {
  return render(<main>{await pageOf(readingPage('/'))}</main>)
}

describe('the home page', () => {
  it('has one h1 naming the clinic', async () => {
    await renderHome()
    const [h1, ...more] = screen.getAllByRole('heading', { level: 1 })
    expect(more).toHaveLength(0)
    expect(h1).toHaveTextContent(String(settings.clinicName))
  })

  it('shows the newest articles, newest first, and links to all of them', async () => {
    await renderHome()
    const latest = within(screen.getByRole('region', { name: 'Latest articles' }))
    const titles = latest.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)
    expect(titles).toEqual(newest.slice(0, titles.length))
    expect(titles.length).toBeGreaterThan(1)
    expect(latest.getByRole('link', { name: 'See all articles' })).toHaveAttribute('href', '/blog')
  })

  it('lists the topics', async () => {
    await renderHome()
    const topics = within(screen.getByRole('region', { name: 'Topics' }))
    for (const topic of documentsOfType('topic'))
      expect(topics.getByRole('link', { name: String(topic.title) })).toBeInTheDocument()
  })

  it('has no booking call to action when the settings hold no booking link or phone', async () => {
    await renderHome()
    expect(screen.queryByRole('link', { name: /Book a consultation/ })).toBeNull()
  })

  it('shows the booking link and phone number from the settings when they are set', async () => {
    setDocuments(
      bundledWith({ ...settings, bookingUrl: 'https://booking.example.org/clinic', phone: '+1 (555) 010-0000' }),
    )
    await renderHome()
    const cta = within(screen.getByRole('region', { name: /^Talk to / }))
    expect(cta.getByRole('link', { name: 'Book a consultation' })).toHaveAttribute(
      'href',
      'https://booking.example.org/clinic',
    )
    expect(cta.getByRole('link', { name: 'Call +1 (555) 010-0000' })).toHaveAttribute('href', 'tel:+15550100000')
  })
})
