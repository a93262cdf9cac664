import { render, screen, within } from '@testing-library/react'
import ArticlePage from '@/app/(site)/blog/[slug]/page'
import { OTHER_ARTICLE } from '../../../../support/exampleContent'
import { pageOf } from '../../../../support/pageOutcome'

describe('the article page', () => {
  it('has breadcrumbs Home > Blog > the article, the article marked current', async () => {
    render(<main>{await pageOf(ArticlePage({ params: Promise.resolve({ slug: OTHER_ARTICLE.slug }) }))}</main>)
    const trail = within(screen.getByRole('navigation', { name: 'Breadcrumb' }))
    const links = trail.getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Blog', '/blog'],
      [OTHER_ARTICLE.title, OTHER_ARTICLE.path],
    ])
    expect(links[2]).toHaveAttribute('aria-current', 'page')
  })
})
