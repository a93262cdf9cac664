/**
 * At 10,000 articles (embedded mode over a generated dataset), an article's edit regenerates the
 * article pages whose related cards can show it, and no others: checked against a brute-force
 * computation of every article's candidates (tests/support/relatedCandidates.ts).
 */
import { paths } from '@/lib/navigation/paths'
import { getPagesShowingDocument } from '@/lib/sanity/queries/pagesShowingDocument'
import { pagesForTags } from '@/lib/sanity/revalidate/pagesForTags'
import { lookupFor, tagsForChange } from '@/lib/sanity/revalidate/tagsForChange'
import { webhookBodySchema, type DocumentState } from '@/lib/sanity/revalidate/webhook'
import type { SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { generatedSite } from '../../../support/generatedSite'
import { documentReads, setDocuments } from '../../../support/mockDataset'
import { articlesShowingAsRelated } from '../../../support/relatedCandidates'

jest.mock('../../../../lib/sanity/embedded/embeddedDocuments', () =>
  jest.requireActual('../../../support/mockDataset').datasetModule(),
)

jest.setTimeout(120_000)

// The bound is checked at 10,000 articles; exactness against brute force (which computes every
// article's candidates) at 1,000, where the newest article's thousand-odd readers take seconds, not
// minutes, to work out in-process. Every third article has a second topic, and article-900 lists
// article-500 as related by hand, so candidates cross topics and a manual reference counts too.
const ARTICLES = 1_000
const site = (articles: number) =>
  generatedSite({ articles }).map((doc) => {
    if (doc._type !== 'article') return doc
    const index = Number(String(doc._id).replace('article-article-', ''))
    const topics = doc.topics as { _ref: string; _key: string }[]
    return {
      ...doc,
      ...(index % 3 === 0 ? { topics: [...topics, { _type: 'reference', _ref: 'topic-ptsd', _key: 'topic1' }] } : {}),
      ...(index === 900 ? { related: [{ _type: 'reference', _ref: 'article-article-500', _key: 'r0' }] } : {}),
    }
  })
let SITE = site(ARTICLES)

const byId = (documents: SanityDocument[], id: string) => documents.find((doc) => doc._id === id) as SanityDocument

/** What WEBHOOK_PROJECTION reports of an article's state. */
function state(doc: SanityDocument | undefined): DocumentState | null {
  if (!doc) return null
  return webhookBodySchema.shape.before
    .unwrap()
    .unwrap()
    .parse({
      slug: (doc.slug as { current: string }).current,
      topics: (doc.topics as { _ref: string }[]).map((topic) => topic._ref),
      people: [(doc.author as { _ref: string })._ref],
      faqCount: 1,
      legacyUrlCount: 1,
      publishedAt: doc.publishedAt,
      listed: Boolean(doc.title) && Boolean(doc.publishedAt),
    })
}

/** The article pages (not their social cards) the webhook regenerates when `id` changes to `after`. */
async function regeneratedArticles(
  id: string,
  after: SanityDocument | null,
): Promise<{ articles: string[]; all: string[] }> {
  const before = byId(SITE, id)
  const changed = after ? SITE.map((doc) => (doc._id === id ? after : doc)) : SITE.filter((doc) => doc._id !== id)
  setDocuments(changed)
  const body = webhookBodySchema.parse({
    _id: id,
    _type: 'article',
    before: state(before),
    after: state(after ?? undefined),
  })
  const all = await pagesForTags(tagsForChange(body, await getPagesShowingDocument(lookupFor(body))))
  const articles = all
    .filter((page) => page.startsWith(paths.article('')) && !page.includes('/', paths.article('').length))
    .map((page) => page.slice(paths.article('').length))
    .filter((slug) => slug !== 'page')
  return { articles: articles.sort(), all }
}

/** Brute force: the articles showing `id` before or after the change, plus those referencing it, plus its own page. */
function expected(id: string, after: SanityDocument | null, referencing: string[] = []): string[] {
  const changed = after ? SITE.map((doc) => (doc._id === id ? after : doc)) : SITE.filter((doc) => doc._id !== id)
  const own = (byId(SITE, id).slug as { current: string }).current
  return [
    ...new Set([own, ...referencing, ...articlesShowingAsRelated(SITE, id), ...articlesShowingAsRelated(changed, id)]),
  ].sort()
}

const retitled = (id: string) => ({ ...byId(SITE, id), title: 'A corrected title' })

it('at 10,000 articles, a title edit of an article not among the newest of its topics regenerates a handful of article pages', async () => {
  const small = SITE
  SITE = site(10_000)
  const { articles, all } = await regeneratedArticles('article-article-500', retitled('article-article-500'))
  // Its own page and article-900, which lists it by hand; beyond those, the list pages only.
  expect(articles).toEqual(expected('article-article-500', retitled('article-article-500'), ['article-900']))
  expect(articles.length).toBeLessThanOrEqual(10)
  expect(all.filter((page) => page.startsWith('/topics/') || page.startsWith('/authors/')).length).toBeLessThanOrEqual(
    4,
  )
  // It keeps its place in the list: one page of the blog index (of 1,000), not every page.
  expect(all.filter((page) => page === '/' || page === paths.blog || page.startsWith(`${paths.blog}/page/`))).toEqual([
    `${paths.blog}/page/${Math.floor(500 / 10) + 1}`,
  ])
  SITE = small
})

it('a title edit costs the same few Content Lake queries at 1,000 and at 10,000 articles', async () => {
  const small = SITE
  const queries: number[] = []
  for (const articles of [1_000, 10_000]) {
    SITE = site(articles)
    const before = documentReads()
    await regeneratedArticles('article-article-500', retitled('article-article-500'))
    queries.push(documentReads() - before)
  }
  SITE = small
  // The open-topic count (its topics before are not asked: it did not move), the lookup of the
  // pages showing it, and the sitemap's content (3 when written).
  expect(queries[1]).toBe(queries[0])
  expect(queries[0]).toBeGreaterThan(0)
  expect(queries[0]).toBeLessThanOrEqual(4)
})

it('a title edit of the newest article regenerates exactly the articles whose candidates include it', async () => {
  const { articles } = await regeneratedArticles('article-article-0', retitled('article-article-0'))
  const showing = expected('article-article-0', retitled('article-article-0'))
  expect(articles).toEqual(showing)
  // The newest article of its topics is a candidate of every other article sharing one of them.
  expect(showing.length).toBeGreaterThan(ARTICLES / 10)
})

it('moving the newest article back in time regenerates those that showed it and those that show it now', async () => {
  const moved = { ...byId(SITE, 'article-article-1'), publishedAt: '2020-01-01T00:00:00.000Z' }
  const { articles } = await regeneratedArticles('article-article-1', moved)
  expect(articles).toEqual(expected('article-article-1', moved))
})

it('unpublishing (deleting) an article regenerates the articles that showed it', async () => {
  const { articles } = await regeneratedArticles('article-article-2', null)
  expect(articles).toEqual(expected('article-article-2', null))
  expect(articles.length).toBeGreaterThan(ARTICLES / 10)
})

it('a topic change regenerates those that showed it in the old topic and those that show it in the new one', async () => {
  const moved = {
    ...byId(SITE, 'article-article-4'),
    topics: [{ _type: 'reference', _ref: 'topic-anxiety', _key: 't' }],
  }
  const { articles } = await regeneratedArticles('article-article-4', moved)
  expect(articles).toEqual(expected('article-article-4', moved))
})
