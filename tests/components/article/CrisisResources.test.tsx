import { render, screen, within } from '@testing-library/react'
import { CrisisResources } from '@/components/article/CrisisResources'

const RESOURCES = [
  {
    _key: 'a',
    name: '988 Suicide & Crisis Lifeline',
    description: 'Call or text 988, 24 hours a day.',
    phone: '988',
    sms: '988',
    url: 'https://988lifeline.org',
  },
  {
    _key: 'b',
    name: 'Maternal Hotline',
    description: 'Support before and after pregnancy.',
    phone: '1-833-852-6262',
    sms: null,
    url: null,
  },
  {
    _key: 'c',
    name: 'Online chat',
    description: 'Chat with a counsellor.',
    phone: null,
    sms: null,
    url: 'https://example.org/chat',
  },
]

describe('CrisisResources', () => {
  it('renders nothing when the article has no crisis topic', () => {
    const { container } = render(<CrisisResources resources={[]} id="help" />)
    expect(container).toBeEmptyDOMElement()
  })

  it('is a complementary region named by its heading, with tel: and sms: links of digits only', () => {
    render(<CrisisResources resources={RESOURCES} id="help" />)
    const box = screen.getByRole('complementary', { name: 'Need help now?' })
    expect(within(box).getByRole('link', { name: 'Call 1-833-852-6262' })).toHaveAttribute('href', 'tel:18338526262')
    expect(within(box).getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988')
  })

  it('in full, says what each service is for and links its website', () => {
    render(<CrisisResources resources={RESOURCES} id="help" />)
    expect(screen.getByText('Support before and after pregnancy.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Visit the 988 Suicide & Crisis Lifeline website' })).toHaveAttribute(
      'href',
      'https://988lifeline.org/',
    )
  })

  it('compact, keeps one line per service: name and how to reach it, a website only when there is nothing to call', () => {
    render(<CrisisResources resources={RESOURCES} id="help" variant="compact" />)
    expect(screen.queryByText('Support before and after pregnancy.')).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /988 Suicide & Crisis Lifeline website/ })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Call 988' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Visit the Online chat website' })).toHaveAttribute(
      'href',
      'https://example.org/chat',
    )
  })
})
