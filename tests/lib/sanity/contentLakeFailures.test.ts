import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { publishedView } from '@/lib/sanity/embedded/publishedView'
import { startContentLakeServer, type ContentLakeServer, type Failure } from '@/tooling/contentLakeServer'
import { EXAMPLE_ARTICLE } from '../../support/exampleContent'

// The query layer in Sanity mode against the local Content Lake, which times out, answers 500,
// sends malformed JSON or drops the connection on demand. A failure must surface as an error
// naming the query and what went wrong (so a build stops instead of publishing empty pages),
// never as an empty result.

jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
// Short limits keep the timeout case fast; one retry shows a brief outage is ridden out.
jest.mock('../../../lib/sanity/contentLakeLimits', () => ({ CONTENT_LAKE_TIMEOUT_MS: 1_000, CONTENT_LAKE_RETRIES: 1 }))

type Queries = {
  article: typeof import('@/lib/sanity/queries/article')
  list: typeof import('@/lib/sanity/queries/articleList')
  slugs: typeof import('@/lib/sanity/queries/articleSlugs')
  unavailable: typeof import('@/lib/sanity/contentUnavailable')
}

const SLUG = EXAMPLE_ARTICLE.slug
const READ_TOKEN = 'read-token-that-must-never-appear-0123456789'
let lake: ContentLakeServer
let queries: Queries

// A fresh Content Lake, and a fresh client pointing at it, for every test: injected failures
// never leak from one test into the next.
beforeEach(async () => {
  lake = await startContentLakeServer({ token: READ_TOKEN })
  lake.seed(publishedView(readDatasetDocuments()))
  const saved = { ...process.env }
  Object.assign(process.env, {
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'securitytest',
    NEXT_PUBLIC_SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: READ_TOKEN,
  })
  jest.isolateModules(() => {
    queries = {
      article: jest.requireActual('../../../lib/sanity/queries/article'),
      list: jest.requireActual('../../../lib/sanity/queries/articleList'),
      slugs: jest.requireActual('../../../lib/sanity/queries/articleSlugs'),
      unavailable: jest.requireActual('../../../lib/sanity/contentUnavailable'),
    }
  })
  process.env = saved
})
afterEach(() => lake.close())

/** Every query request fails this way from now on: more times than the client retries. */
function failQueries(failure: Failure) {
  lake.inject(failure, { endpoint: 'query', times: 100 })
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the query to fail')
}

describe('the query layer when the Content Lake fails', () => {
  it('reads normally from a healthy Content Lake (the control)', async () => {
    const article = await queries.article.getArticle(SLUG)
    expect(article?.title).toMatch(/Ketamine/)
    expect(await queries.slugs.getArticleSlugs()).toContain(SLUG)
  })

  it.each<[string, Failure, RegExp]>([
    ['answers 500', { kind: 'status', status: 500 }, /HTTP 500/],
    ['answers 503', { kind: 'status', status: 503, body: { error: 'Service Unavailable' } }, /HTTP 503/],
    ['returns malformed JSON', { kind: 'malformed' }, /JSON|Unexpected|parse/i],
    ['times out', { kind: 'delay', ms: 3_000 }, /time(d)? ?out|ETIMEDOUT|ESOCKETTIMEDOUT/i],
    ['drops the connection', { kind: 'hangup' }, /socket hang up|ECONNRESET|closed|terminated/i],
  ])(
    'fails, naming the query, its parameters and the failure, when it %s',
    async (_name, failure, expected) => {
      failQueries(failure)
      const error = await failureOf(queries.article.getArticle(SLUG))
      expect(error).toBeInstanceOf(queries.unavailable.ContentUnavailableError)
      expect(error.message).toContain(`article:${EXAMPLE_ARTICLE.slug}`)
      // The message quotes the query's opening, white space folded.
      expect(error.message).toContain('*[_type == "article" && defined(slug.current)')
      expect(error.message).toContain(`{"slug":"${SLUG}","language":"en","unlabelled":null}`)
      expect(error.message).toMatch(expected)
      expect(error.message).not.toContain(READ_TOKEN)
      expect(queries.unavailable.isContentUnavailableDigest((error as Error & { digest?: string }).digest)).toBe(true)
    },
    15_000,
  )

  it('never turns a failure into an empty list (which a build would publish as an empty page)', async () => {
    failQueries({ kind: 'status', status: 500 })
    await expect(queries.list.getLatestArticles(5)).rejects.toThrow(/Content Lake query failed/)
    await expect(queries.slugs.getArticleSlugs()).rejects.toThrow(/Content Lake query failed/)
  })

  it('rides out a single failed request by retrying', async () => {
    lake.inject({ kind: 'status', status: 502 }, { endpoint: 'query', times: 1 })
    expect((await queries.article.getArticle(SLUG))?.slug).toBe(SLUG)
  })
})
