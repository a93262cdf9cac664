/**
 * Issue 15, item 1: visitors cannot grow the cache, or the Content Lake's bill, by asking for what
 * does not exist. In Sanity mode, against the local Content Lake, unknown slugs and page numbers
 * beyond the last are answered from the site index (lib/sanity/queries/siteIndex.ts), which one
 * process reads at most once a minute, and which the publish webhook clears.
 */
import type { ContentLakeServer } from '@/tooling/contentLakeServer'
import { MOVED_BLOG_ARTICLE, MOVED_DATED_ARTICLE } from '../../../support/exampleContent'
import { sanityModeEnv, startSeededServer, withEnv } from '../../../support/sanityMode'
import { testOnlyArticle } from '../../../support/testOnlyArticle'

// Outside a request: the old-address lookup asks whether an editor is previewing.
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))

// Sanity mode against the local stand-in, and a webhook pass over every list page: slow on a
// loaded machine, never a hang.
jest.setTimeout(60_000)

let server: ContentLakeServer
beforeAll(async () => {
  server = await startSeededServer()
})
afterAll(() => server.close())

/** The GROQ of every query the Content Lake was sent from request number `from` on. */
function queriesSince(from: number): string[] {
  return server.requests
    .slice(from)
    .filter((request) => request.path.includes('/data/query/'))
    .map((request) => request.search.get('query') ?? (JSON.parse(request.body) as { query: string }).query)
}

/** The reading pages and the webhook's regeneration, freshly loaded in Sanity mode: no index read yet. */
function inSanityMode<T>(use: (site: Awaited<ReturnType<typeof loadSite>>) => Promise<T>): Promise<T> {
  return withEnv(sanityModeEnv(server), async () => use(await loadSite()))
}

async function loadSite() {
  return {
    article: await import('@/pages/blog/[slug]'),
    topic: await import('@/pages/topics/[slug]'),
    person: await import('@/pages/authors/[slug]'),
    blogPage: await import('@/pages/blog/page/[page]'),
    redirects: await import('@/lib/navigation/redirectIfMoved'),
    siteIndex: await import('@/lib/sanity/queries/siteIndex'),
    webhook: await import('@/lib/sanity/revalidate/pagesForTags'),
  }
}

const randomSlug = () => `never-${Math.random().toString(36).slice(2)}`
const isIndexQuery = (query: string) => query.includes('"redirectSources"')

test('1,000 unknown slugs of each slug page cost one Content Lake request in all, and are each a 404 retried within a minute', async () => {
  await inSanityMode(async ({ article, topic, person }) => {
    const from = server.requests.length
    const slugs = Array.from({ length: 1000 }, randomSlug)
    const results = await Promise.all(
      slugs.flatMap((slug) => [article, topic, person].map((page) => page.getStaticProps({ params: { slug } }))),
    )
    expect(results.filter((result) => !('notFound' in result && result.notFound))).toEqual([])
    expect(new Set(results.map((result) => ('revalidate' in result ? result.revalidate : undefined)))).toEqual(
      new Set([60]),
    )
    const sent = queriesSince(from)
    expect(sent).toHaveLength(1)
    expect(isIndexQuery(sent[0] as string)).toBe(true)
  })
})

test('/blog?page=100000 is a 404 without a Content Lake request beyond the index', async () => {
  await inSanityMode(async ({ blogPage }) => {
    const from = server.requests.length
    await expect(blogPage.getStaticProps({ params: { page: '100000' } })).resolves.toMatchObject({ notFound: true })
    expect(queriesSince(from).filter((query) => !isIndexQuery(query))).toEqual([])
  })
})

test('old addresses still redirect, in every spelling the lookup accepts; made-up ones cost no lookup', async () => {
  await inSanityMode(async ({ article, redirects }) => {
    const oldBlogSlug = MOVED_BLOG_ARTICLE.oldSegments[1] as string
    await expect(article.getStaticProps({ params: { slug: oldBlogSlug } })).resolves.toMatchObject({
      redirect: { destination: MOVED_BLOG_ARTICLE.newPath, permanent: true },
    })
    const shouted = MOVED_DATED_ARTICLE.oldPath.toUpperCase().replace(/\/+$/, '')
    await expect(redirects.movedTo(shouted)).resolves.toEqual({
      destination: MOVED_DATED_ARTICLE.newPath,
      permanent: true,
    })
    const from = server.requests.length
    const made = await Promise.all(Array.from({ length: 100 }, () => redirects.movedTo(`/2023/05/${randomSlug()}/`)))
    expect(made.filter(Boolean)).toEqual([])
    expect(queriesSince(from)).toEqual([])
  })
})

test('a newly published article is found as soon as the webhook has run', async () => {
  await inSanityMode(async ({ article, webhook }) => {
    const props = (slug: string) => article.getStaticProps({ params: { slug } })
    await expect(props('published-after-the-index')).resolves.toMatchObject({ notFound: true })
    server.seed([
      testOnlyArticle('published-after-the-index', { title: 'Published later', excerpt: 'After the index.' }),
    ])
    // Kept for up to a minute: the index read before the publish still answers.
    await expect(props('published-after-the-index')).resolves.toMatchObject({ notFound: true })

    await webhook.regeneratePagesFor(['articles'], async () => {})
    await expect(props('published-after-the-index')).resolves.toHaveProperty('props')
  })
})

test('without a webhook, the index is read again after a minute', async () => {
  await inSanityMode(async ({ article }) => {
    const props = (slug: string) => article.getStaticProps({ params: { slug } })
    await expect(props('published-without-webhook')).resolves.toMatchObject({ notFound: true })
    server.seed([testOnlyArticle('published-without-webhook', { title: 'Quietly published', excerpt: 'Later.' })])
    const now = Date.now()
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 59_000)
    try {
      await expect(props('published-without-webhook')).resolves.toMatchObject({ notFound: true })
      clock.mockReturnValue(now + 61_000)
      await expect(props('published-without-webhook')).resolves.toHaveProperty('props')
    } finally {
      clock.mockRestore()
    }
  })
})
