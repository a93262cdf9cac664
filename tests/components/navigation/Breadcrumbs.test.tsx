import { render, screen, within } from '@testing-library/react'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'

describe('breadcrumb trails', () => {
  it('lead from Home to the page, each step a path on the site', () => {
    expect(breadcrumbs.article({ title: 'A title', slug: 'a-title' })).toEqual([
      { name: 'Home', path: '/' },
      { name: 'Blog', path: '/blog' },
      { name: 'A title', path: '/blog/a-title' },
    ])
    expect(breadcrumbs.topic({ title: 'Mental Health', slug: 'mental-health' }).map((crumb) => crumb.path)).toEqual([
      '/',
      '/topics',
      '/topics/mental-health',
    ])
    expect(breadcrumbs.author({ name: 'Editorial Team', slug: 'editorial-team' }).map((crumb) => crumb.path)).toEqual([
      '/',
      '/authors',
      '/authors/editorial-team',
    ])
    expect(breadcrumbs.blog(1).map((crumb) => crumb.path)).toEqual(['/', '/blog'])
    expect(breadcrumbs.blog(3).map((crumb) => crumb.path)).toEqual(['/', '/blog', '/blog?page=3'])
  })
})

describe('<Breadcrumbs>', () => {
  it('is a navigation landmark named Breadcrumb, holding an ordered list with the last step current', () => {
    render(<Breadcrumbs trail={breadcrumbs.topic({ title: 'Mental Health', slug: 'mental-health' })} />)
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' })
    const list = within(nav).getByRole('list')
    expect(list.tagName).toBe('OL')
    const links = within(list).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['Home', 'Topics', 'Mental Health'])
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual([null, null, 'page'])
  })
})
