import type { ContentLakeServer } from '@/tooling/contentLakeServer'
import { sanityModeEnv, startSeededServer, TEST_TOKEN, withEnv } from '../../support/sanityMode'
import { EXAMPLE_ARTICLE } from '../../support/exampleContent'

jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))

// Module paths written out, so the test runner resolves the @/ alias.
const modules = {
  '@/sanity/env': () => import('@/sanity/env'),
  '@/lib/sanity/serverEnv': () => import('@/lib/sanity/serverEnv'),
} as const

describe('environment variables', () => {
  it.each<[string, Record<string, string>, keyof typeof modules, string]>([
    [
      'a project id with capitals and a space',
      { NEXT_PUBLIC_SANITY_PROJECT_ID: 'My Project' },
      '@/sanity/env',
      'NEXT_PUBLIC_SANITY_PROJECT_ID must be a Sanity project id',
    ],
    [
      'a dataset name with punctuation',
      { NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', NEXT_PUBLIC_SANITY_DATASET: 'Production!' },
      '@/sanity/env',
      'NEXT_PUBLIC_SANITY_DATASET must be a dataset name',
    ],
    [
      'a truncated read token',
      { SANITY_API_READ_TOKEN: 'short' },
      '@/lib/sanity/serverEnv',
      'SANITY_API_READ_TOKEN is too short to be a Sanity API token',
    ],
    [
      'a write token with spaces',
      { SANITY_API_WRITE_TOKEN: 'sk has spaces in the middle of it' },
      '@/lib/sanity/serverEnv',
      'SANITY_API_WRITE_TOKEN must not contain spaces',
    ],
    [
      'a guessable webhook secret',
      { SANITY_REVALIDATE_SECRET: 'secret' },
      '@/lib/sanity/serverEnv',
      'SANITY_REVALIDATE_SECRET must be at least 16 characters',
    ],
    [
      'an API host without a scheme',
      { SANITY_API_HOST: 'api.sanity.io' },
      '@/lib/sanity/serverEnv',
      'SANITY_API_HOST must be an http(s) URL',
    ],
  ])('%s stops the server at start-up, naming the variable', async (_case, env, modulePath, message) => {
    await expect(withEnv<unknown>(env, modules[modulePath])).rejects.toThrow(message)
  })

  it('accepts a complete configuration, and an empty variable counts as unset', async () => {
    const env = {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      NEXT_PUBLIC_SANITY_DATASET: '',
      SANITY_API_READ_TOKEN: TEST_TOKEN,
      SANITY_API_HOST: '',
    }
    const loaded = await withEnv(env, async () => ({
      ...(await import('@/sanity/env')),
      ...(await import('@/lib/sanity/serverEnv')),
    }))
    expect(loaded.isSanityMode).toBe(true)
    expect(loaded.dataset).toBe('production')
    expect(loaded.serverEnv).toEqual({ SANITY_API_READ_TOKEN: TEST_TOKEN })
  })

  it('runs embedded with no variables at all', async () => {
    expect((await withEnv({}, () => import('@/sanity/env'))).isSanityMode).toBe(false)
  })
})

describe('cache tags in Sanity mode', () => {
  let server: ContentLakeServer
  beforeAll(async () => {
    server = await startSeededServer()
  })
  afterAll(() => server.close())

  /** What Next's fetch cache is told for each Content Lake request. */
  async function fetchInits(load: () => Promise<unknown>): Promise<RequestInit[]> {
    const spy = jest.spyOn(globalThis, 'fetch')
    try {
      await withEnv(sanityModeEnv(server), load)
      return spy.mock.calls.map(([, init]) => init ?? {})
    } finally {
      spy.mockRestore()
    }
  }

  it('tags an article page with the article, the settings and topic names, cached until revalidated', async () => {
    const inits = await fetchInits(async () =>
      (await import('@/lib/sanity/queries/article')).getArticle(EXAMPLE_ARTICLE.slug),
    )
    expect(inits).toHaveLength(1)
    expect((inits[0] as { next?: unknown }).next).toEqual({
      tags: [`article:${EXAMPLE_ARTICLE.slug}`, 'settings', 'topics'],
      revalidate: 300, // the App Router data cache's bound (APP_DATA_MAX_AGE_SECONDS in lib/sanity/fetch.ts)
    })
  })

  it('tags lists by type', async () => {
    const inits = await fetchInits(async () => (await import('@/lib/sanity/queries/articleList')).getLatestArticles(5))
    expect((inits[0] as { next?: unknown }).next).toEqual({ tags: ['articles'], revalidate: 300 })
  })

  it('reads the webhook lookup uncached', async () => {
    const inits = await fetchInits(async () =>
      (await import('@/lib/sanity/queries/pagesShowingDocument')).getPagesShowingDocument({
        id: 'faq-x',
        topicIds: [],
        translationIds: [],
        personIds: [],
        sharedTopicIds: [],
        publishedAt: null,
        beforeTopicIds: [],
        beforePublishedAt: null,
      }),
    )
    expect(inits[0]?.cache).toBe('no-store')
    expect((inits[0] as { next?: unknown }).next).toBeUndefined()
  })

  // What a visitor types must not become a cache entry: 1,000 distinct searches would be 1,000 entries.
  it('keeps no search in the data cache, however many distinct ones visitors send', async () => {
    // Answered here with no hits, as fast as the client can ask: only what it asks Next's fetch matters.
    const spy = jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => Response.json({ result: { total: 0, results: [] } }))
    try {
      await withEnv(sanityModeEnv(server), async () => {
        const { searchArticles } = await import('@/lib/sanity/queries/search')
        for (let count = 0; count < 1000; count += 1) await searchArticles([Math.random().toString(36).slice(2)])
      })
      const inits = spy.mock.calls.map(([, init]) => init ?? {})
      expect(inits).toHaveLength(1000)
      const cached = inits.filter(
        (init) => init.cache !== 'no-store' || (init as { next?: unknown }).next !== undefined,
      )
      expect(cached).toEqual([])
    } finally {
      spy.mockRestore()
    }
  })

  it('looks old paths up without the data cache', async () => {
    const inits = await fetchInits(async () =>
      (await import('@/lib/sanity/queries/redirect')).findRedirect(['/2023/05/never-existed']),
    )
    expect(inits).toHaveLength(1)
    expect(inits[0]?.cache).toBe('no-store')
    expect((inits[0] as { next?: unknown }).next).toBeUndefined()
  })
})
