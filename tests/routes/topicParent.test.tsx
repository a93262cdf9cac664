import { render, screen, within } from '@testing-library/react'
import { breadcrumbTrail } from '../support/breadcrumbTrail'
import { documentsOfType, type Doc } from '../support/bundledDocuments'
import { bundledWith, resetDocuments, setDocuments } from '../support/mockDataset'
import { pageOf } from '../support/pageOutcome'
import { readingPage } from '../support/readingPage'

// A topic's place in the topic tree (WordPress's category hierarchy): its parent and sub-topics.

jest.mock('../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

const [parent, child, other] = documentsOfType('topic') as [Doc, Doc, Doc]
const slugOf = (document: Doc) => (document.slug as { current: string }).current
const renderTopic = async (slug: string) => render(<main>{await pageOf(readingPage(`/topics/${slug}`))}</main>)
const withParent = (topic: Doc, parentId: string) => ({ ...topic, parent: { _type: 'reference', _ref: parentId } })

describe('a sub-topic', () => {
  beforeEach(() => setDocuments(bundledWith(withParent(child, parent._id), withParent(other, parent._id))))

  it('links to its parent topic and lists it in the breadcrumbs between Topics and itself', async () => {
    const { container } = await renderTopic(slugOf(child))
    const partOf = within(screen.getByText(/^Part of/)).getByRole('link')
    expect([partOf.textContent, partOf.getAttribute('href')]).toEqual([
      String(parent.title),
      `/topics/${slugOf(parent)}`,
    ])
    expect(breadcrumbTrail()).toBe(
      `Home (/) › Topics (/topics) › ${parent.title} (/topics/${slugOf(parent)})` +
        ` › ${child.title} (/topics/${slugOf(child)}, current)`,
    )
    const jsonLd = container.querySelector('script[type="application/ld+json"]')?.textContent ?? ''
    expect(jsonLd).toContain(`/topics/${slugOf(parent)}`)
  })

  it('is listed, with its sibling, on the parent topic page', async () => {
    await renderTopic(slugOf(parent))
    const nav = screen.getByRole('navigation', { name: 'Sub-topics' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
      [`/topics/${slugOf(child)}`, `/topics/${slugOf(other)}`].sort(),
    )
    expect(screen.queryByText(/^Part of/)).toBeNull()
  })
})

describe('a topic outside any tree', () => {
  it('shows neither a parent nor sub-topics, and the usual breadcrumbs', async () => {
    await renderTopic(slugOf(parent))
    expect(screen.queryByText(/^Part of/)).toBeNull()
    expect(screen.queryByRole('navigation', { name: 'Sub-topics' })).toBeNull()
    expect(breadcrumbTrail()).toBe(`Home (/) › Topics (/topics) › ${parent.title} (/topics/${slugOf(parent)}, current)`)
  })

  it('keeps its page when its parent is missing', async () => {
    setDocuments(bundledWith(withParent(child, 'topic-deleted')))
    await renderTopic(slugOf(child))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(String(child.title))
    expect(screen.queryByText(/^Part of/)).toBeNull()
  })
})
