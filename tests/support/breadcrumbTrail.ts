import { screen, within } from '@testing-library/react'

export type BreadcrumbTrail = {
  /** Each link's text and href, in order. */
  links: [string | null, string | null][]
  /** The text of the link marked aria-current="page". */
  current: string | null | undefined
}

/** The rendered page's breadcrumb trail. */
export function breadcrumbTrail(): BreadcrumbTrail {
  const links = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('link')
  return {
    links: links.map((link) => [link.textContent, link.getAttribute('href')]),
    current: links.find((link) => link.getAttribute('aria-current') === 'page')?.textContent,
  }
}
