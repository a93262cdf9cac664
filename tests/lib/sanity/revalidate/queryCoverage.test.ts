/**
 * Revalidation cannot drift from the queries: for every query in lib/sanity/queries/, the
 * documents its result depends on are found by experiment (drop one document of the bundled
 * dataset, rerun the query, compare), and the webhook for a change to each of them must produce
 * a tag the query's fetch carries. A new query, a new dereference or a new document type shows
 * up here without anyone updating a hand-written list.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { createIndexedSource } from '@/lib/groq-index'
import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { publishedView, type SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { pagesShowingDocumentQuery, pagesShowingDocumentSchema } from '@/lib/sanity/queries/pagesShowingDocument'
import { lookupFor, tagsForChange } from '@/lib/sanity/revalidate/tagsForChange'
import {
  DOCUMENT_STATE,
  PAGE_DOCUMENT_TYPES,
  webhookBodySchema,
  type WebhookBody,
} from '@/lib/sanity/revalidate/webhook'

type Fetch = { query: string; params: Record<string, unknown>; tags: string[] }

const fetches: Fetch[] = []
const DATASET = publishedView(readDatasetDocuments())

async function run(query: string, params: Record<string, unknown>, documents: SanityDocument[]): Promise<unknown> {
  // The index is proved equivalent to plain groq-js in tests/lib/groq-index; here it keeps the
  // experiment (every fetch rerun once per document) fast.
  return createIndexedSource(documents).fetch(query, params)
}

// Every getter reads through sanityFetch; here it records the fetch and answers from the dataset.
// Every getter as it runs in Sanity mode: each query goes through sanityFetch with its tags
// (embedded mode answers some, such as search, from an in-process index instead).
jest.mock('../../../../sanity/env', () => ({ ...jest.requireActual('../../../../sanity/env'), isSanityMode: true }))
jest.mock('../../../../lib/sanity/fetch', () => ({
  sanityFetch: async ({ query, params = {}, tags }: Fetch) => {
    fetches.push({ query, params, tags })
    return run(query, params, DATASET)
  },
}))

const QUERY_DIR = path.join(process.cwd(), 'lib/sanity/queries')
// The first document of a type, checked: the bundled dataset is the fixture here.
const sample = <T extends z.ZodType>(type: string, schema: T): z.infer<T> =>
  schema.parse(DATASET.find((doc) => doc._type === type))
const slugged = z.looseObject({ slug: z.object({ current: z.string() }), legacyUrls: z.array(z.string()).optional() })
const ARTICLE = sample('article', slugged)
const TOPIC = sample('topic', slugged)
const PERSON = sample('person', slugged)

/** Calls every getter the site uses, with arguments that reach real content. */
async function callEveryGetter(): Promise<void> {
  const load = (name: string) => import(path.join(QUERY_DIR, name))
  await (await load('article')).getArticle(ARTICLE.slug.current)
  await (await load('articleIndex')).getArticleIndex(0, 10)
  await (await load('articleList')).getLatestArticles(6)
  await (await load('articleSlugs')).getArticleSlugs()
  await (await load('articleSlugs')).getNewestArticleSlugs(3)
  await (await load('editorialPolicy')).getEditorialPolicy()
  await (await load('faqs')).getFaqs()
  await (await load('feed')).getFeedArticles()
  await (await load('feed')).getFeedArticles('es')
  await (await load('llms')).getLlmsArticles()
  await (await load('llms')).getLlmsArticles('es')
  await (await load('people')).getPeople()
  await (await load('people')).getPersonSlugs()
  await (await load('person')).getPerson(PERSON.slug.current)
  await (await load('redirect')).findRedirect([ARTICLE.legacyUrls?.[0] ?? '/2023/01/old-post'])
  await (await load('search')).searchArticles(['ketamine'])
  await (await load('search')).searchArticles(['ketamina'], 'es')
  await (await load('settings')).getSettings()
  await (await load('siteIndex')).getSiteIndex()
  await (await load('sitemap')).getSitemapContent()
  await (await load('topic')).getTopic(TOPIC.slug.current)
  await (await load('topics')).getTopics()
  await (await load('topics')).getTopicSlugs()
}

/** The body Sanity would send for deleting `document`, as WEBHOOK_PROJECTION shapes it. */
async function deletionWebhook(document: SanityDocument): Promise<WebhookBody> {
  const state = await run(`*[_id == $id][0]${DOCUMENT_STATE}`, { id: document._id }, DATASET)
  return webhookBodySchema.parse({ _id: document._id, _type: document._type, before: state, after: null })
}

beforeAll(async () => {
  await callEveryGetter()
})

// The webhook's own lookup (which pages show a document), not what a page shows.
const WEBHOOK_LOOKUP = new Set(['pagesShowingDocumentQuery', 'openTopicsQuery'])

test('every query of lib/sanity/queries is exercised here', async () => {
  const recorded = new Set(fetches.map((fetch) => fetch.query))
  const unexercised: string[] = []
  for (const file of readdirSync(QUERY_DIR).filter((name) => name.endsWith('.ts'))) {
    const exports: Record<string, unknown> = await import(path.join(QUERY_DIR, file))
    for (const [name, value] of Object.entries(exports)) {
      if (!name.endsWith('Query') || WEBHOOK_LOOKUP.has(name) || typeof value !== 'string') continue
      if (!recorded.has(value)) unexercised.push(`${file}: ${name}`)
    }
  }
  expect(unexercised).toEqual([])
  expect(recorded.size).toBeGreaterThan(10)
})

/** Each (fetch, document) pair where dropping the document changes the fetch's result. */
async function dependencies(): Promise<{ fetch: Fetch; document: SanityDocument }[]> {
  const pairs: { fetch: Fetch; document: SanityDocument }[] = []
  for (const fetch of fetches) {
    const full = JSON.stringify(await run(fetch.query, fetch.params, DATASET))
    for (const document of DATASET) {
      const without = DATASET.filter((doc) => doc !== document)
      if (JSON.stringify(await run(fetch.query, fetch.params, without)) !== full) pairs.push({ fetch, document })
    }
  }
  return pairs
}

let pairs: Awaited<ReturnType<typeof dependencies>> = []
beforeAll(async () => {
  pairs = await dependencies()
})

test('the experiment finds what each fetch shows: every fetch with content depends on some document', async () => {
  for (const fetch of fetches) {
    const result = await run(fetch.query, fetch.params, DATASET)
    const found = pairs.some((pair) => pair.fetch === fetch)
    expect({ query: fetch.query.slice(0, 60), found }).toEqual({
      query: fetch.query.slice(0, 60),
      found: result !== null,
    })
  }
})

test('every document a query depends on is of a type the webhook fires for (or an immutable asset)', () => {
  const outside = pairs
    .map(({ document }) => document._type)
    .filter((type) => !type.startsWith('sanity.') && !(PAGE_DOCUMENT_TYPES as readonly string[]).includes(type))
  expect([...new Set(outside)]).toEqual([])
})

test('a change to any document a query depends on revalidates a tag that query is fetched with', async () => {
  const missed: string[] = []
  for (const { fetch, document } of pairs) {
    if (document._type.startsWith('sanity.')) continue
    const body = await deletionWebhook(document)
    const without = DATASET.filter((doc) => doc !== document)
    const pages = pagesShowingDocumentSchema.parse(await run(pagesShowingDocumentQuery, lookupFor(body), without))
    const revalidated = tagsForChange(body, pages)
    if (!revalidated.some((tag) => fetch.tags.includes(tag))) {
      missed.push(
        `${document._id} (${document._type}) changes a fetch tagged [${fetch.tags.join(', ')}] ` +
          `but its webhook revalidates [${revalidated.join(', ')}]`,
      )
    }
  }
  expect(missed).toEqual([])
})
