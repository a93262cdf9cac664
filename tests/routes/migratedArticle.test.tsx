import { render, screen, within } from '@testing-library/react'
import { bundledDocuments } from '../support/bundledDocuments'
import { MIGRATED_SLUG, migratedArticle } from '../support/migratedArticle'
import { bundledWith, resetDocuments, setDocuments } from '../support/mockDataset'
import { readingPage } from '../support/readingPage'

// The article page for an imported post without headings, holding every new rich-text block.

jest.mock('../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../support/mockDataset').datasetModule(),
)

let warn: jest.SpyInstance
beforeEach(() => {
  const topic = bundledDocuments().find((document) => document._type === 'topic')
  const faq = bundledDocuments().find((document) => document._type === 'faq')
  if (!topic || !faq) throw new Error('the bundled dataset has no topic or FAQ')
  setDocuments(bundledWith(migratedArticle(topic._id, faq._id)))
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  resetDocuments()
  warn.mockRestore()
})

async function renderArticle() {
  return render(await readingPage(`/blog/${MIGRATED_SLUG}`))
}

describe('an article without sections', () => {
  it('renders its intro, FAQs and conclusion, without a table of contents or a key-takeaways box', async () => {
    const { container } = await renderArticle()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A look around the clinic, and our fees')
    expect(container).toHaveTextContent('Here is our waiting room and the treatment rooms.')
    expect(screen.getByRole('heading', { level: 2, name: 'Frequently asked questions' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Conclusion' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Table of contents' })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Key takeaways' })).toBeNull()
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('the new rich-text blocks on the page', () => {
  it('shows a gallery as a list of figures with their captions and caption links', async () => {
    await renderArticle()
    const waiting = screen.getByRole('img', { name: 'The waiting room' })
    const list = waiting.closest('ul') as HTMLElement
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    expect(
      within(list)
        .getAllByRole('img')
        .map((image) => image.getAttribute('alt')),
    ).toEqual(['The waiting room', 'A treatment room'])
    const caption = waiting.closest('figure')?.querySelector('figcaption') as HTMLElement
    expect(caption).toHaveTextContent('Waiting room, photo by Ana Lopez')
    expect(within(caption).getByRole('link', { name: 'Ana Lopez' })).toHaveAttribute('href', 'https://example.org/ana')
  })

  it('shows a table with its caption and column headers, in a labelled, focusable scroll region', async () => {
    await renderArticle()
    const table = screen.getByRole('table', { name: 'Fees per visit' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => [cell.textContent, cell.getAttribute('scope')]),
    ).toEqual([
      ['Visit', 'col'],
      ['Fee', 'col'],
    ])
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    const region = screen.getByRole('region', { name: 'Fees per visit' })
    expect(region).toContainElement(table)
    expect(region).toHaveAttribute('tabindex', '0')
  })

  it('shows code as pre > code under its file name, and definitions as a dl', async () => {
    const { container } = await renderArticle()
    expect(container.querySelector('pre > code')?.textContent).toBe('BOOK-2030\nCALL-FIRST')
    expect(container.querySelector('pre')?.closest('figure')).toHaveTextContent('booking-codes.txt')
    const terms = Array.from(container.querySelectorAll('dl dt'), (term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ])
    expect(terms).toEqual([
      ['Infusion', 'Medicine given slowly through a vein.'],
      ['Consultation', 'A first talk with a clinician.'],
    ])
  })

  it('shows embeds as link cards, never as iframes', async () => {
    const { container } = await renderArticle()
    expect(container.querySelector('iframe, video, audio, script:not([type="application/ld+json"])')).toBeNull()
    const tour = screen.getByRole('link', { name: /A video tour of the clinic/ })
    expect(tour).toHaveAttribute('href', 'https://www.youtube.com/watch?v=tour123')
    expect(tour).toHaveTextContent('Video · YouTube')
    expect(tour.getAttribute('rel')).toContain('noopener')
    // Without a title the card names the address.
    expect(screen.getByRole('link', { name: /vimeo\.com\/12345/ })).toHaveAttribute('href', 'https://vimeo.com/12345')
  })

  it('wraps an image in the link it had', async () => {
    await renderArticle()
    const link = screen.getByRole('link', { name: 'Map to the clinic' })
    expect(link).toHaveAttribute('href', 'https://maps.example.org/clinic')
    expect(within(link).getByRole('img')).toBeInTheDocument()
  })
})
