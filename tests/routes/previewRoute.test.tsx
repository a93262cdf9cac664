import { render, screen } from '@testing-library/react'
import { documentsOfType } from '../support/bundledDocuments'
import { CALM_TOPIC, EXAMPLE_ARTICLE, EXAMPLE_AUTHOR, MOVED_BLOG_ARTICLE } from '../support/exampleContent'
import { bundledWith, resetDocuments, setDocuments } from '../support/mockDataset'
import { outcomeOf, pageOf } from '../support/pageOutcome'
import { readingMetadata, readingPage } from '../support/readingPage'

// The App Router's preview route answers every reading path with the same route the Pages Router
// gives readers; outside draft mode it shows the published page.

jest.mock('../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

const clinicName = String(documentsOfType('siteSettings')[0]?.clinicName)

describe('the preview route', () => {
  it.each([
    ['/', clinicName],
    ['/blog', 'All articles'],
    ['/blog?page=2', 'All articles, page 2'],
    [EXAMPLE_ARTICLE.path, EXAMPLE_ARTICLE.title],
    ['/topics', 'Topics'],
    [`/topics/${CALM_TOPIC.slug}`, CALM_TOPIC.title],
    ['/authors', 'Authors and reviewers'],
    [EXAMPLE_AUTHOR.path, EXAMPLE_AUTHOR.name],
    ['/faq', 'Frequently asked questions'],
    ['/editorial-policy', 'Editorial policy'],
    // Next hands the segments over percent-encoded; the route decodes them.
    [`/authors/${EXAMPLE_AUTHOR.slug.replace('-', '%2D')}`, EXAMPLE_AUTHOR.name],
  ])('shows %s as its reading page, headed %p', async (path, heading) => {
    render(<main>{await pageOf(readingPage(path))}</main>)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading)
  })

  it('gives a page the metadata of its reading route, and an unknown path none', async () => {
    await expect(readingMetadata(EXAMPLE_ARTICLE.path)).resolves.toMatchObject({
      title: EXAMPLE_ARTICLE.title,
      alternates: { canonical: expect.stringMatching(new RegExp(`${EXAMPLE_ARTICLE.path}$`)) },
    })
    await expect(readingMetadata('/faq')).resolves.toMatchObject({ title: 'Frequently asked questions' })
    await expect(readingMetadata('/blog/no-such-article')).resolves.toEqual({})
    await expect(readingMetadata('/nowhere')).resolves.toEqual({})
  })

  it.each([
    '/blog/no-such-article',
    '/topics/no-such-topic',
    '/topics/ketamine%20therapy',
    '/authors/nobody',
    '/blog/page/2',
    '/blog/2019/old',
    '/faq/more',
    '/editorial-policy/2',
    '/search',
    '/nowhere',
  ])('answers 404 for %s', async (path) => {
    await expect(outcomeOf(readingPage(path))).resolves.toEqual({ kind: 'notFound' })
  })

  it('answers the redirects of a reading route: 308 when permanent, 307 when not', async () => {
    await expect(outcomeOf(readingPage(`/${MOVED_BLOG_ARTICLE.oldSegments.join('/')}`))).resolves.toEqual({
      kind: 'redirect',
      location: MOVED_BLOG_ARTICLE.newPath,
      status: 308,
    })
    await expect(outcomeOf(readingPage('/blog?page=1'))).resolves.toEqual({
      kind: 'redirect',
      location: '/blog',
      status: 308,
    })
    setDocuments(
      bundledWith({ _id: 'redirect-summer', _type: 'redirect', from: '/blog/summer/', to: '/faq', permanent: false }),
    )
    await expect(outcomeOf(readingPage('/blog/summer'))).resolves.toEqual({
      kind: 'redirect',
      location: '/faq',
      status: 307,
    })
  })
})
