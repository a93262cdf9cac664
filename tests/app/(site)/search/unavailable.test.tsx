import { renderToStaticMarkup } from 'react-dom/server'
import SearchPage from '@/app/(site)/search/page'
import { ContentUnavailableError } from '@/lib/sanity/contentUnavailable'

// While the Content Lake is down, a search (always rendered on request) must say so in the HTML
// the server sends, not only once the error boundary has hydrated in the browser.

const failure = new ContentUnavailableError('searchQuery', { terms: ['x*'] }, ['articles'], new Error('HTTP 500'))
let searchFails = false
jest.mock('../../../../lib/sanity/queries/search', () => {
  const actual = jest.requireActual('../../../../lib/sanity/queries/search')
  return {
    ...actual,
    searchArticles: (terms: string[]) => (searchFails ? Promise.reject(failure) : actual.searchArticles(terms)),
  }
})
afterEach(() => (searchFails = false))

const html = async (q: string) => renderToStaticMarkup(await SearchPage({ searchParams: Promise.resolve({ q }) }))

describe('the search page while the Content Lake is down', () => {
  it('renders "Content temporarily unavailable" itself, without a client error boundary', async () => {
    searchFails = true
    const markup = await html('ketamine')
    expect(markup).toContain('<h1>Content temporarily unavailable</h1>')
    expect(markup).toContain('try again in a few minutes')
    expect(markup).not.toMatch(/HTTP 500|searchQuery|Content Lake/)
  })

  it('still throws any other error, for the error boundary', async () => {
    searchFails = false
    await expect(html('ketamine')).resolves.toContain('<h1>Search</h1>')
  })
})
