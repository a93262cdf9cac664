import { getArticleIndex } from '@/lib/sanity/queries/articleIndex'
import { getFeedArticles } from '@/lib/sanity/queries/feed'
import { searchArticles } from '@/lib/sanity/queries/search'
import { getSitemapContent } from '@/lib/sanity/queries/sitemap'
import { getTopic } from '@/lib/sanity/queries/topic'
import { documentsOfType } from '../../../support/bundledDocuments'
import { MIGRATED_ID, migratedArticle } from '../../../support/migratedArticle'
import { bundledWith, resetDocuments, setDocuments } from '../../../support/mockDataset'

// An imported post without headings is an article like any other: listed, searchable, in the
// sitemap and the feeds, on its topic page.

jest.mock('../../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../../support/mockDataset').datasetModule(),
)

const [topic] = documentsOfType('topic')
const [faq] = documentsOfType('faq')
if (!topic || !faq) throw new Error('the bundled dataset has no topic or FAQ')
const topicSlug = (topic.slug as { current: string }).current

let warn: jest.SpyInstance
beforeEach(() => {
  setDocuments(bundledWith(migratedArticle(topic._id, faq._id)))
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  expect(warn).not.toHaveBeenCalled()
  warn.mockRestore()
  resetDocuments()
})

describe('an article without sections', () => {
  it('is listed first on the blog index (it is the newest) and counted', async () => {
    // The blog index lists the English articles (the migrated one is English too).
    const bundledCount = documentsOfType('article').length
    const index = await getArticleIndex(0, 5)
    expect(index.total).toBe(bundledCount + 1)
    expect(index.articles[0]?._id).toBe(MIGRATED_ID)
  })

  it('is found by search, by words of its intro', async () => {
    const { hits } = await searchArticles(['waiting', 'room'])
    expect(hits.map((hit) => hit._id)).toContain(MIGRATED_ID)
  })

  it('is in the sitemap, the feed and on its topic page', async () => {
    expect((await getSitemapContent()).articles.map((article) => article._id)).toContain(MIGRATED_ID)
    expect((await getFeedArticles()).map((article) => article._id)).toContain(MIGRATED_ID)
    expect((await getTopic(topicSlug))?.articles.map((article) => article._id)).toContain(MIGRATED_ID)
  })
})
