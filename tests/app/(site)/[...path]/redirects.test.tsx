import LegacyPathPage from '@/app/(site)/[...path]/page'
import { bundledWith, resetDocuments, setDocuments } from '../../../support/mockDataset'
import { MOVED_BLOG_ARTICLE, MOVED_DATED_ARTICLE } from '../../../support/exampleContent'
import { outcomeOf } from '../../../support/pageOutcome'
import { readingPage } from '../../../support/readingPage'

jest.mock('../../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../../support/mockDataset').datasetModule(),
)
afterEach(resetDocuments)

// The bundled sample articles carry two legacy URLs (see their .meta.json sidecars).
const OLD_BLOG_SLUG = MOVED_BLOG_ARTICLE.oldSegments[1] as string
const NEW_BLOG_PATH = MOVED_BLOG_ARTICLE.newPath
const OLD_DATED_PATH = MOVED_DATED_ARTICLE.oldSegments
const NEW_DATED_PATH = MOVED_DATED_ARTICLE.newPath

const article = (slug: string) => outcomeOf(readingPage(`/blog/${slug}`))
const legacy = (...path: string[]) => outcomeOf(LegacyPathPage({ params: Promise.resolve({ path }) }))
const redirectDocument = (from: string, to: string, permanent?: boolean) => ({
  _id: `redirect-${from.replace(/[^a-z0-9]/gi, '')}`,
  _type: 'redirect',
  from,
  to,
  ...(permanent === undefined ? {} : { permanent }),
})

describe('an old article slug under /blog', () => {
  it('answers a permanent redirect to the article it now belongs to', async () => {
    await expect(article(OLD_BLOG_SLUG)).resolves.toEqual({ kind: 'redirect', location: NEW_BLOG_PATH, status: 308 })
  })

  it('answers 404 when no article or redirect knows it', async () => {
    await expect(article('never-existed')).resolves.toEqual({ kind: 'notFound' })
  })

  it('follows a redirect document too', async () => {
    setDocuments(bundledWith(redirectDocument('/blog/old-name/', NEW_BLOG_PATH)))
    await expect(article('old-name')).resolves.toEqual({ kind: 'redirect', location: NEW_BLOG_PATH, status: 308 })
  })
})

describe('any other old path', () => {
  it('answers a permanent redirect when an article lists it, stored with a trailing slash', async () => {
    await expect(legacy(...OLD_DATED_PATH)).resolves.toEqual({
      kind: 'redirect',
      location: NEW_DATED_PATH,
      status: 308,
    })
  })

  it('matches whatever the case of the request', async () => {
    await expect(legacy(...OLD_DATED_PATH.map((segment) => segment.toUpperCase()))).resolves.toMatchObject({
      location: NEW_DATED_PATH,
    })
  })

  it('matches a legacy URL stored without a trailing slash', async () => {
    setDocuments(bundledWith(redirectDocument('/old/no-slash', NEW_DATED_PATH)))
    await expect(legacy('old', 'no-slash')).resolves.toMatchObject({ location: NEW_DATED_PATH, status: 308 })
  })

  it('answers 404 for a path nobody knows', async () => {
    await expect(legacy('2019', '01', 'unknown-post')).resolves.toEqual({ kind: 'notFound' })
    await expect(legacy('wp-admin')).resolves.toEqual({ kind: 'notFound' })
  })

  it('follows redirect documents: 308 when permanent (the default), 307 when not', async () => {
    setDocuments(
      bundledWith(
        redirectDocument('/about-ketamine/', '/topics/ketamine-therapy'),
        redirectDocument('/summer-offer/', '/blog', false),
      ),
    )
    await expect(legacy('about-ketamine')).resolves.toEqual({
      kind: 'redirect',
      location: '/topics/ketamine-therapy',
      status: 308,
    })
    await expect(legacy('summer-offer')).resolves.toEqual({ kind: 'redirect', location: '/blog', status: 307 })
  })

  it('prefers the article that lists a path over a redirect document for it', async () => {
    setDocuments(bundledWith(redirectDocument(`/${OLD_DATED_PATH.join('/')}/`, '/faq')))
    await expect(legacy(...OLD_DATED_PATH)).resolves.toMatchObject({ location: NEW_DATED_PATH })
  })

  it('decodes percent-encoded segments before looking them up', async () => {
    setDocuments(bundledWith(redirectDocument('/ketamine-café/', '/blog')))
    await expect(legacy('ketamine-caf%C3%A9')).resolves.toMatchObject({ location: '/blog' })
  })

  it('never redirects a path to itself', async () => {
    setDocuments(bundledWith(redirectDocument('/loop/', '/loop')))
    await expect(legacy('loop')).resolves.toEqual({ kind: 'notFound' })
  })

  it('never redirects off the site, whatever a redirect document says', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    for (const to of ['//evil.example/', 'https://evil.example/', 'javascript:alert(1)']) {
      setDocuments(bundledWith(redirectDocument('/away/', to)))
      await expect(legacy('away')).resolves.toEqual({ kind: 'notFound' })
    }
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})
