import { render } from '@testing-library/react'
import ArticlePage from '@/app/(site)/blog/[slug]/page'
import { OTHER_ARTICLE } from '../../../../support/exampleContent'
import { pageOf } from '../../../../support/pageOutcome'
import { breadcrumbTrail } from '../../../../support/breadcrumbTrail'

describe('the article page', () => {
  it('has breadcrumbs Home > Blog > the article, the article marked current', async () => {
    render(<main>{await pageOf(ArticlePage({ params: Promise.resolve({ slug: OTHER_ARTICLE.slug }) }))}</main>)
    expect(breadcrumbTrail()).toEqual({
      links: [
        ['Home', '/'],
        ['Blog', '/blog'],
        [OTHER_ARTICLE.title, OTHER_ARTICLE.path],
      ],
      current: OTHER_ARTICLE.title,
    })
  })
})
