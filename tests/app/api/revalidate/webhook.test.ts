import { createHmac } from 'node:crypto'
import { evaluate, parse } from 'groq-js'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '@/lib/sanity/revalidate/webhook'
import type { ContentLakeServer, StoredDocument } from '@/tooling/contentLakeServer'
import { EXAMPLE_TRANSLATION_SLUG } from '@/tooling/exampleArticle'
import {
  CALM_TOPIC,
  CRISIS_TOPIC,
  EXAMPLE_ARTICLE,
  EXAMPLE_AUTHOR,
  SAMPLE_ARTICLES,
  TOPICS,
} from '../../../support/exampleContent'
import { articlesShowingAsRelated } from '../../../support/relatedCandidates'
import { sanityModeEnv, startSeededServer, withEnv } from '../../../support/sanityMode'

// The tags each delivery handed to `revalidate`, one entry per call; it answers with a page per tag.
const revalidated: string[][] = []
const pageOf = (tag: string) => `/page-showing/${tag}`
async function revalidate(tags: string[]): Promise<string[]> {
  revalidated.push(tags)
  return tags.map(pageOf)
}

const SECRET = 'the-webhook-secret-set-in-sanity-manage'
const FAQ = EXAMPLE_ARTICLE.faqIds[0] as string
const SHARING = SAMPLE_ARTICLES.filter((article) => article.id !== EXAMPLE_ARTICLE.id).slice(0, 2)
const SHARING_ARTICLES = SHARING.map((article) => article.id)
/** Topic tags of a document, by the id convention topic-<slug>. */
const topicTags = (document: StoredDocument) =>
  (document.topics as { _ref: string }[]).map((topic) => `topic:${topic._ref.replace(/^topic-/, '')}`)

/** The body Sanity sends: the documented projection, evaluated as a webhook does (delta GROQ). */
async function projected(before: StoredDocument | null, after: StoredDocument | null): Promise<string> {
  const value = await evaluate(parse(WEBHOOK_PROJECTION, { mode: 'delta' }), { before, after, root: after ?? before })
  return JSON.stringify(await value.get())
}

/** Sanity's signature: HMAC-SHA256 over "<timestamp>.<body>", base64url, in t=…,v1=… form. */
function sign(body: string, secret = SECRET, timestamp = Date.now()): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')}`
}

function webhookRequest(body: string, signature?: string): Request {
  return new Request('http://localhost:3000/api/revalidate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'sanity-webhook-signature': signature } : {}) },
    body,
  })
}

type Outcome = {
  status: number
  body: { revalidated: string[]; pages?: string[]; message?: string }
  revalidated: string[][]
}

describe('the revalidation webhook, against a local Content Lake', () => {
  let server: ContentLakeServer
  let doc: (id: string) => StoredDocument

  beforeAll(async () => {
    server = await startSeededServer()
    doc = (id) => structuredClone(server.documents().find((stored) => stored._id === id) as StoredDocument)
    // The example article's first FAQ, reused by two more articles: three articles show it.
    server.seed(
      SHARING_ARTICLES.map((id) => ({ ...doc(id), faqs: [{ _type: 'reference', _ref: FAQ, _key: 'shared' }] })),
    )
  })
  afterAll(() => server.close())
  beforeEach(() => void revalidated.splice(0))

  /** Runs the webhook handler as the route does, minus next-sanity's 3-second consistency wait. */
  async function deliver(
    request: Request,
    env = sanityModeEnv(server, { SANITY_REVALIDATE_SECRET: SECRET }),
    regenerate = revalidate,
  ): Promise<Outcome> {
    return withEnv(env, async () => {
      const { handleRevalidateWebhook } = await import('@/lib/sanity/revalidate/handleWebhook')
      const response = await handleRevalidateWebhook(request, {
        secret: env.SANITY_REVALIDATE_SECRET,
        waitForContentLake: false,
        revalidate: regenerate,
      })
      return { status: response.status, body: await response.json(), revalidated: [...revalidated] }
    })
  }

  async function change(before: StoredDocument | null, after: StoredDocument | null): Promise<Outcome> {
    const body = await projected(before, after)
    return deliver(webhookRequest(body, sign(body)))
  }

  it('for an FAQ used by three articles: those three articles, the FAQ page and its topic pages', async () => {
    const before = doc(FAQ)
    const outcome = await change(before, {
      ...before,
      question: 'What are the benefits of ketamine for postpartum depression?',
    })
    const expected = [
      ...[EXAMPLE_ARTICLE, ...SHARING].map((article) => `article:${article.slug}`),
      'faq-page',
      ...topicTags(before),
    ].sort()
    expect(outcome.status).toBe(200)
    expect(outcome.body.revalidated).toEqual(expected)
    expect(outcome.revalidated).toEqual([expected])
    expect(outcome.body.pages).toEqual(expected.map(pageOf))
  })

  it('for an FAQ moved to another topic: the topic pages it left and joined', async () => {
    const before = doc(FAQ)
    const joined = TOPICS.find((topic) => !topicTags(before).includes(`topic:${topic.slug}`))
    expect(joined).toBeDefined()
    const after = { ...before, topics: [{ _type: 'reference', _ref: joined?.id, _key: 'p' }] }
    const tags = (await change(before, after)).body.revalidated
    expect(tags).toEqual(expect.arrayContaining([`topic:${joined?.slug}`, ...topicTags(before)]))
  })

  it('for a renamed article: its old and new page, lists, its topics, author and the articles that have it among their related candidates', async () => {
    const before = doc(EXAMPLE_ARTICLE.id)
    const after = { ...before, slug: { _type: 'slug', current: `${EXAMPLE_ARTICLE.slug}-renamed` } }
    const tags = (await change(before, after)).body.revalidated
    expect(tags).toEqual(
      expect.arrayContaining([
        `article:${EXAMPLE_ARTICLE.slug}`,
        `article:${EXAMPLE_ARTICLE.slug}-renamed`,
        expect.stringMatching(/^articles:page:[1-9][0-9]*$/),
        `card:${EXAMPLE_ARTICLE.slug}-renamed`,
        `person:${EXAMPLE_AUTHOR.slug}`,
      ]),
    )
    // Same date, still listed: it keeps its place, so only its page of the list changes.
    expect(tags).not.toContain('articles')
    const topics = topicTags(before)
    expect(tags).toEqual(expect.arrayContaining(topics))
    // Its topics and date did not change: exactly the articles that have it among their
    // topic-related candidates show it (the old expectation, every article sharing a topic, was
    // over-broad), beyond its own page and what lists it; and its Spanish translation, whose
    // language switcher and hreflang name its address.
    const published = server.documents().filter((stored) => !stored._id.includes('.'))
    const sharing = articlesShowingAsRelated(published, EXAMPLE_ARTICLE.id).map((slug) => `article:${slug}`)
    const translation = `article:${EXAMPLE_TRANSLATION_SLUG}`
    expect(tags.filter((tag) => tag.startsWith('article:'))).toEqual(
      [
        ...new Set([
          `article:${EXAMPLE_ARTICLE.slug}`,
          `article:${EXAMPLE_ARTICLE.slug}-renamed`,
          translation,
          ...sharing,
        ]),
      ].sort(),
    )
    expect(tags).toEqual(expect.arrayContaining(sharing))
    expect(tags).not.toContain('redirects')
    expect(tags).not.toContain('settings')
  })

  it('for an article given another date (it moves in the list): the whole article list, not one page of it', async () => {
    const before = doc(EXAMPLE_ARTICLE.id)
    const tags = (await change(before, { ...before, publishedAt: '2001-02-03T04:05:06Z' })).body.revalidated
    expect(tags).toContain('articles')
    expect(tags.filter((tag) => tag.startsWith('articles:page:'))).toEqual([])
  })

  it('for a deleted takeaway: the article that showed it, its topic pages and search (the article-list tag)', async () => {
    const takeaway = doc(EXAMPLE_ARTICLE.takeawayIds[0] as string)
    const tags = (await change(takeaway, null)).body.revalidated
    expect(tags).toEqual([`article:${EXAMPLE_ARTICLE.slug}`, 'articles', ...topicTags(takeaway)].sort())
  })

  it('for site settings: every page, through the settings tag only', async () => {
    const settings = doc('siteSettings')
    expect((await change(settings, { ...settings, phone: '+1 555 0100' })).body.revalidated).toEqual(['settings'])
  })

  it('for a person: their page, the people lists and the articles with their byline', async () => {
    const person = doc(EXAMPLE_AUTHOR.id)
    const tags = (await change(person, { ...person, role: 'Editors' })).body.revalidated
    expect(tags).toEqual(
      expect.arrayContaining([
        `person:${EXAMPLE_AUTHOR.slug}`,
        'people',
        'articles',
        `article:${EXAMPLE_ARTICLE.slug}`,
      ]),
    )
  })

  it('for a topic: its page, the topic and article lists, the FAQ page and its articles', async () => {
    const topic = doc(CALM_TOPIC.id)
    const tags = (await change(topic, { ...topic, title: `${CALM_TOPIC.title}, renamed` })).body.revalidated
    expect(tags).toEqual(expect.arrayContaining([`topic:${CALM_TOPIC.slug}`, 'topics', 'articles', 'faq-page']))
  })

  it('for a link between translations: the pages it links, before and after, and the sitemap', async () => {
    const link = doc('translation-metadata-article-ketamine-postpartum-depression')
    const translations = link.translations as { language: string }[]
    const unlinked = { ...link, translations: translations.filter((entry) => entry.language === 'en') }
    const tags = (await change(link, unlinked)).body.revalidated
    // The Spanish article left the group: its page (switcher, hreflang) changes too.
    expect(tags).toEqual(
      [`article:${EXAMPLE_ARTICLE.slug}`, `article:${EXAMPLE_TRANSLATION_SLUG}`, 'translations'].sort(),
    )
  })

  it('refuses a forged signature with 401 and revalidates nothing', async () => {
    const body = await projected(doc(FAQ), doc(FAQ))
    const outcome = await deliver(webhookRequest(body, sign(body, 'not-the-secret-at-all')))
    expect(outcome.status).toBe(401)
    expect(outcome.revalidated).toEqual([])
  })

  it('refuses a body changed after signing', async () => {
    const body = await projected(doc(FAQ), doc(FAQ))
    const outcome = await deliver(webhookRequest(body.replace('faq-page', 'x').replace(FAQ, 'faq-other'), sign(body)))
    expect(outcome.status).toBe(401)
    expect(outcome.revalidated).toEqual([])
  })

  it.each([
    ['no signature header', undefined],
    ['an empty signature', ''],
    ['a signature in the wrong format', 'v1=abc'],
  ])('refuses %s with 401', async (_case, signature) => {
    const body = await projected(doc(FAQ), doc(FAQ))
    const outcome = await deliver(webhookRequest(body, signature))
    expect(outcome.status).toBe(401)
    expect(outcome.revalidated).toEqual([])
  })

  it('refuses everything with 401 when no secret is configured', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const body = await projected(doc(FAQ), doc(FAQ))
    const outcome = await deliver(webhookRequest(body, sign(body)), sanityModeEnv(server))
    expect(outcome.status).toBe(401)
    expect(outcome.revalidated).toEqual([])
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('SANITY_REVALIDATE_SECRET is not set'))
    logged.mockRestore()
  })

  it.each([
    ['not JSON', '{"_id": "faq-1", '],
    ['not the projection', JSON.stringify({ _id: FAQ })],
    [
      'a document type the site does not show',
      JSON.stringify({ _id: 'image-x', _type: 'sanity.imageAsset', before: null, after: null }),
    ],
    ['empty', ' '],
  ])('refuses a signed body that is %s with 400', async (_case, body) => {
    const outcome = await deliver(webhookRequest(body, sign(body)))
    expect(outcome.status).toBe(400)
    expect(outcome.revalidated).toEqual([])
  })

  it('refuses a body over 1 MB with 413, before checking anything else', async () => {
    const body = JSON.stringify({ _id: FAQ, _type: 'faq', padding: 'x'.repeat(1024 * 1024) })
    const outcome = await deliver(webhookRequest(body, sign(body)))
    expect(outcome.status).toBe(413)
    expect(outcome.revalidated).toEqual([])
  })

  it('refuses a replayed delivery with 409', async () => {
    const before = doc(CRISIS_TOPIC.id)
    const body = await projected(before, { ...before, description: 'Replayed' })
    const signature = sign(body)
    expect((await deliver(webhookRequest(body, signature))).status).toBe(200)
    const replay = await withEnv(sanityModeEnv(server, { SANITY_REVALIDATE_SECRET: SECRET }), async () => {
      // Same process, same memory of deliveries: one module registry for both calls.
      const { handleRevalidateWebhook } = await import('@/lib/sanity/revalidate/handleWebhook')
      const options = { secret: SECRET, waitForContentLake: false, revalidate }
      await handleRevalidateWebhook(webhookRequest(body, signature), options)
      revalidated.splice(0)
      return handleRevalidateWebhook(webhookRequest(body, signature), options)
    })
    expect(replay.status).toBe(409)
    expect(revalidated).toEqual([])
  })

  it('ignores drafts: draft pages are never cached', async () => {
    const draft = { ...doc(FAQ), _id: `drafts.${FAQ}` }
    const outcome = await change(draft, { ...draft, question: 'Draft?' })
    expect(outcome.status).toBe(200)
    expect(outcome.revalidated).toEqual([])
  })

  it('answers 502 when the Content Lake cannot be read, so Sanity retries, and revalidates nothing', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    server.inject({ kind: 'status', status: 500 }, { endpoint: 'query' })
    const before = doc(FAQ)
    const outcome = await change(before, { ...before, question: 'Still there?' })
    expect(outcome.status).toBe(502)
    expect(outcome.revalidated).toEqual([])
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining(`[revalidate] ${FAQ}: could not look up the pages showing it`),
    )
    logged.mockRestore()
  })

  it('answers 502 when the pages could not all be regenerated, so Sanity retries', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const before = doc(FAQ)
    const body = await projected(before, { ...before, question: 'Regenerated?' })
    const outcome = await deliver(webhookRequest(body, sign(body)), undefined, async (tags) => {
      revalidated.push(tags)
      throw new Error('could not regenerate /faq (timeout)')
    })
    expect(outcome.status).toBe(502)
    expect(outcome.body.revalidated).toEqual([])
    expect(outcome.revalidated).toEqual([expect.arrayContaining(['faq-page'])])
    expect(logged).toHaveBeenCalledWith(`[revalidate] ${FAQ}: could not regenerate /faq (timeout)`)
    logged.mockRestore()
  })
})

describe('the documented webhook filter', () => {
  it.each(['article', 'faq', 'takeaway', 'topic', 'person', 'siteSettings', 'redirect'])(
    'triggers for %s',
    async (type) => {
      const document = { _id: 'x', _type: type }
      expect(
        await (
          await evaluate(parse(WEBHOOK_FILTER, { mode: 'delta' }), {
            before: document,
            after: document,
            root: document,
          })
        ).get(),
      ).toBe(true)
    },
  )

  it.each(['sanity.imageAsset', 'sanity.previewUrlSecret', 'system.group'])('stays quiet for %s', async (type) => {
    const document = { _id: 'x', _type: type }
    expect(
      await (
        await evaluate(parse(WEBHOOK_FILTER, { mode: 'delta' }), { before: document, after: document, root: document })
      ).get(),
    ).toBe(false)
  })
})
