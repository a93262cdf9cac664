import { render, screen, within } from '@testing-library/react'
import { TableOfContents } from '@/components/article/TableOfContents'

const ENTRIES = [
  {
    id: 'one',
    text: 'One',
    level: 2 as const,
    children: [{ id: 'one-a', text: 'One A', level: 3 as const, children: [] }],
  },
  { id: 'faqs', text: 'Questions', level: 2 as const, children: [] },
]

describe('TableOfContents', () => {
  it('is a navigation landmark named "Table of contents", folded in a closed <details>', () => {
    const { container } = render(<TableOfContents entries={ENTRIES} language="en" />)
    const nav = screen.getByRole('navigation', { name: 'Table of contents' })
    const details = container.querySelector('nav details')
    expect(details).not.toBeNull()
    expect(details).not.toHaveAttribute('open')
    expect(within(nav).getByText('Table of contents', { selector: 'summary' })).toBeInTheDocument()
  })

  it('links every entry, sub-headings nested under their section, in order', () => {
    render(<TableOfContents entries={ENTRIES} language="en" />)
    const links = within(screen.getByRole('navigation')).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#one', '#one-a', '#faqs'])
  })

  it('hides the wide-screen label from screen readers, which hear the landmark name instead', () => {
    render(<TableOfContents entries={ENTRIES} language="en" />)
    expect(screen.getByText('On this page')).toHaveAttribute('aria-hidden', 'true')
  })

  it('renders nothing without entries', () => {
    const { container } = render(<TableOfContents entries={[]} language="en" />)
    expect(container).toBeEmptyDOMElement()
  })
})
