import { getPerson } from '@/lib/sanity/queries/person'
import { getTopic } from '@/lib/sanity/queries/topic'
import { EXAMPLE_AUTHOR } from '../../../support/exampleContent'
import { documentsOfType } from '../../../support/bundledDocuments'
import { bundledWith, resetDocuments, setDocuments } from '../../../support/mockDataset'

// The lists on an author's and a topic's page are checked article by article: one broken article
// is left out of the list and reported with the list it was in; the page and the other articles stay.

jest.mock('../../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../../support/mockDataset').datasetModule(),
)

const [topic] = documentsOfType('topic')
if (!topic) throw new Error('the bundled dataset has no topic')
const topicSlug = (topic.slug as { current: string }).current
const BROKEN_ID = 'article-with-a-number-for-title'

let warn: jest.SpyInstance
beforeEach(() => {
  // Listed (it has everything the list filter asks for) but malformed: a number where every
  // article card needs a title string.
  setDocuments(
    bundledWith({
      _id: BROKEN_ID,
      _type: 'article',
      title: 404,
      slug: { _type: 'slug', current: 'article-with-a-number-for-title' },
      publishedAt: '2030-01-01T09:00:00Z',
      author: { _type: 'reference', _ref: EXAMPLE_AUTHOR.id },
      topics: [{ _type: 'reference', _ref: topic._id, _key: 't0' }],
    }),
  )
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  warn.mockRestore()
  resetDocuments()
})

function warnings(): string[] {
  return warn.mock.calls.map((call) => String(call[0]))
}

it("leaves a broken article out of its author's list, naming the list", async () => {
  const person = await getPerson(EXAMPLE_AUTHOR.slug)
  expect(person?.name).toBe(EXAMPLE_AUTHOR.name)
  expect(person?.written.length).toBeGreaterThan(0)
  expect(person?.written.map((article) => article._id)).not.toContain(BROKEN_ID)
  expect(warnings()).toEqual([expect.stringMatching(new RegExp(`personQuery\\.written: document ${BROKEN_ID}`))])
})

it("leaves a broken article out of its topic's list, naming the list", async () => {
  const page = await getTopic(topicSlug)
  expect(page?.title).toBe(topic.title)
  expect(page?.articles.length).toBeGreaterThan(0)
  expect(page?.articles.map((article) => article._id)).not.toContain(BROKEN_ID)
  expect(warnings()).toEqual([expect.stringMatching(new RegExp(`topicQuery\\.articles: document ${BROKEN_ID}`))])
})
