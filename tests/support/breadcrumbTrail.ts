import { screen, within } from '@testing-library/react'

/**
 * The rendered page's breadcrumb trail in one line, each link as its text and href, the link
 * marked aria-current="page" saying so: "Home (/) › Blog (/blog) › Page 2 (/blog?page=2, current)".
 */
export function breadcrumbTrail(): string {
  return within(screen.getByRole('navigation', { name: 'Breadcrumb' }))
    .getAllByRole('link')
    .map((link) => {
      const current = link.getAttribute('aria-current') === 'page' ? ', current' : ''
      return `${link.textContent} (${link.getAttribute('href')}${current})`
    })
    .join(' › ')
}
