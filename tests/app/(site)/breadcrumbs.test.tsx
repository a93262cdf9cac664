import { render } from '@testing-library/react'
import { breadcrumbTrail } from '../../support/breadcrumbTrail'
import { CALM_TOPIC, EXAMPLE_AUTHOR, OTHER_ARTICLE } from '../../support/exampleContent'
import { visit } from '../../support/visitRoute'

const TOPIC = `/topics/${CALM_TOPIC.slug}`

// Every page shows where it sits in the site: the trail from Home, the page itself marked current.
describe('breadcrumbs', () => {
  it.each([
    ['/blog', 'Home (/) › Blog (/blog, current)'],
    ['/blog?page=2', 'Home (/) › Blog (/blog) › Page 2 (/blog?page=2, current)'],
    [OTHER_ARTICLE.path, `Home (/) › Blog (/blog) › ${OTHER_ARTICLE.title} (${OTHER_ARTICLE.path}, current)`],
    ['/topics', 'Home (/) › Topics (/topics, current)'],
    [TOPIC, `Home (/) › Topics (/topics) › ${CALM_TOPIC.title} (${TOPIC}, current)`],
    ['/authors', 'Home (/) › Authors (/authors, current)'],
    [EXAMPLE_AUTHOR.path, `Home (/) › Authors (/authors) › ${EXAMPLE_AUTHOR.name} (${EXAMPLE_AUTHOR.path}, current)`],
    ['/faq', 'Home (/) › Frequently asked questions (/faq, current)'],
    ['/search', 'Home (/) › Search (/search, current)'],
    ['/editorial-policy', 'Home (/) › Editorial policy (/editorial-policy, current)'],
  ])('on %s: %s', async (href, trail) => {
    const outcome = await visit(href)
    if (outcome.kind !== 'page') throw new Error(`${href}: expected a page, got ${JSON.stringify(outcome)}`)
    render(<main>{outcome.element}</main>)
    expect(breadcrumbTrail()).toBe(trail)
  })
})
