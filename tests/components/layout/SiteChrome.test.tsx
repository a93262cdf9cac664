import { render, screen, within } from '@testing-library/react'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { settingsSchema } from '@/lib/sanity/queries/settings'

const bare = settingsSchema.parse({ clinicName: 'Test Clinic', language: 'en' })
const full = settingsSchema.parse({
  clinicName: 'Test Clinic',
  language: 'en',
  phone: '+1 555 010 0000',
  email: 'hello@example.org',
  bookingUrl: 'https://booking.example.org/',
  editorialPolicyUrl: 'https://example.org/editorial-policy',
  medicalDisclaimer: 'General information only.',
  logo: { alt: 'Test Clinic logo', asset: { _id: 'image-x', url: '/images/logo.png', width: 400, height: 100 } },
})

describe('the site header', () => {
  it('links home with the clinic name and offers Articles, Topics, FAQ and Search', () => {
    render(<SiteHeader settings={bare} />)
    expect(screen.getByRole('link', { name: 'Test Clinic' })).toHaveAttribute('href', '/')
    const nav = within(screen.getByRole('navigation', { name: 'Main' }))
    expect(nav.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Articles', '/blog'],
      ['Topics', '/topics'],
      ['FAQ', '/faq'],
      ['Search', '/search'],
    ])
  })

  it('adds the logo and the booking link when the settings have them', () => {
    const { container } = render(<SiteHeader settings={full} />)
    expect(container.querySelector('header img')).toHaveAttribute('alt', '')
    expect(screen.getByRole('link', { name: 'Book a consultation' })).toHaveAttribute(
      'href',
      'https://booking.example.org/',
    )
  })
})

describe('the site footer', () => {
  it('leaves out every contact detail the settings do not hold', () => {
    render(<SiteFooter settings={bare} />)
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).queryByRole('link', { name: /Call|Email|Book/ })).toBeNull()
    expect(footer.querySelectorAll('ul:empty')).toHaveLength(0)
  })

  it("links to the site's own editorial policy when the settings name none", () => {
    render(<SiteFooter settings={bare} />)
    expect(screen.getByRole('link', { name: 'Editorial policy' })).toHaveAttribute('href', '/editorial-policy')
  })

  it('shows phone, email, booking, editorial policy and disclaimer from the settings', () => {
    render(<SiteFooter settings={full} />)
    expect(screen.getByRole('link', { name: 'Call +1 555 010 0000' })).toHaveAttribute('href', 'tel:+15550100000')
    expect(screen.getByRole('link', { name: 'Email hello@example.org' })).toHaveAttribute(
      'href',
      'mailto:hello@example.org',
    )
    expect(screen.getByRole('link', { name: 'Editorial policy' })).toHaveAttribute(
      'href',
      'https://example.org/editorial-policy',
    )
    expect(screen.getByText('General information only.')).toBeInTheDocument()
  })

  it('links to every section of the site', () => {
    render(<SiteFooter settings={bare} />)
    const nav = within(screen.getByRole('navigation', { name: 'Footer' }))
    expect(nav.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/blog',
      '/topics',
      '/faq',
      '/authors',
      '/editorial-policy',
      '/search',
    ])
  })
})
