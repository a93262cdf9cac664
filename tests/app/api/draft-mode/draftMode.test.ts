import { startContentLakeServer, type ContentLakeServer, type StoredDocument } from '@/tooling/contentLakeServer'
import { sanityModeEnv, startSeededServer, TEST_TOKEN, withEnv } from '../../../support/sanityMode'
import { EXAMPLE_ARTICLE } from '../../../support/exampleContent'

// Draft mode is a cookie Next sets; here, one flag the route handlers and pages share.
const mockDraft = { isEnabled: false, calls: 0 }
jest.mock('next/headers', () => ({
  draftMode: async () => {
    mockDraft.calls += 1
    return {
      get isEnabled() {
        return mockDraft.isEnabled
      },
      enable: () => void (mockDraft.isEnabled = true),
      disable: () => void (mockDraft.isEnabled = false),
    }
  },
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}))

const SLUG = EXAMPLE_ARTICLE.slug
const SECRET = 'a-preview-secret-the-studio-created'
const DRAFT_TITLE = 'Ketamine and postpartum depression (draft, not yet published)'
const SITE = 'http://localhost:3000'

function enableUrl(query: Record<string, string>): string {
  return `${SITE}/api/draft-mode/enable?${new URLSearchParams(query).toString()}`
}

/** Calls the enable route; a redirect (thrown by next/navigation) is returned as its location. */
async function enable(url: string): Promise<{ status: number; location?: string }> {
  const { GET } = await import('@/app/api/draft-mode/enable/route')
  try {
    const response = await GET(new Request(url))
    return { status: response.status }
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? ''
    if (!digest.startsWith('NEXT_REDIRECT')) throw error
    return { status: Number(digest.split(';')[3]), location: digest.split(';')[2] }
  }
}

/** The article as an editor's request gets it: the proxy sends it to the preview route, in the site layout. */
async function renderArticle(): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server')
  const { default: SiteLayout } = await import('@/app/(site)/layout')
  const { previewRoute } = await import('@/routes/previewRoute')
  const page = await previewRoute.Page({
    params: Promise.resolve({ path: ['blog', SLUG] }),
    searchParams: Promise.resolve({}),
  })
  return renderToStaticMarkup(await SiteLayout({ children: page }))
}

describe('draft previews against a local Content Lake', () => {
  let server: ContentLakeServer

  beforeAll(async () => {
    // Preview secrets are valid for an hour after they were written, so the server's clock is now.
    server = await startSeededServer({ clockStart: Date.now() })
    const published = server.documents().find((doc) => doc._id === `article-${SLUG}`) as StoredDocument
    server.seed([
      { ...published, _id: `drafts.article-${SLUG}`, title: DRAFT_TITLE },
      {
        _id: 'sanity-preview-url-secret.test',
        _type: 'sanity.previewUrlSecret',
        secret: SECRET,
        studioUrl: `${SITE}/studio`,
      },
    ])
  })
  afterAll(() => server.close())
  beforeEach(() => {
    mockDraft.isEnabled = false
    mockDraft.calls = 0
  })

  it.each([
    ['no secret', { 'sanity-preview-pathname': `/blog/${SLUG}` }],
    ['a wrong secret', { 'sanity-preview-secret': 'guessed', 'sanity-preview-pathname': `/blog/${SLUG}` }],
    ['an empty secret', { 'sanity-preview-secret': '', 'sanity-preview-pathname': `/blog/${SLUG}` }],
  ])('refuses to enable draft mode with %s', async (_case, query) => {
    const result = await withEnv(sanityModeEnv(server), () => enable(enableUrl(query)))
    expect(result.status).toBe(401)
    expect(mockDraft.isEnabled).toBe(false)
  })

  it('refuses a secret older than an hour', async () => {
    const expired = await startContentLakeServer({ token: TEST_TOKEN, clockStart: Date.now() - 2 * 3600_000 })
    expired.seed([
      {
        _id: 'sanity-preview-url-secret.old',
        _type: 'sanity.previewUrlSecret',
        secret: SECRET,
        studioUrl: `${SITE}/studio`,
      },
    ])
    try {
      const result = await withEnv(sanityModeEnv(expired), () => enable(enableUrl({ 'sanity-preview-secret': SECRET })))
      expect(result.status).toBe(401)
      expect(mockDraft.isEnabled).toBe(false)
    } finally {
      await expired.close()
    }
  })

  it('enables draft mode with the secret the Studio wrote, and opens the page being edited', async () => {
    const result = await withEnv(sanityModeEnv(server), () =>
      enable(enableUrl({ 'sanity-preview-secret': SECRET, 'sanity-preview-pathname': `/blog/${SLUG}` })),
    )
    expect(result).toEqual({ status: 307, location: `/blog/${SLUG}` })
    expect(mockDraft.isEnabled).toBe(true)
  })

  it('never redirects to another site', async () => {
    const result = await withEnv(sanityModeEnv(server), () =>
      enable(enableUrl({ 'sanity-preview-secret': SECRET, 'sanity-preview-pathname': 'https://evil.example/phish' })),
    )
    expect(result).toEqual({ status: 307, location: '/phish' })
  })

  it('shows the published article, without a banner, when draft mode is off', async () => {
    const html = await withEnv(sanityModeEnv(server), renderArticle)
    expect(html).not.toContain(DRAFT_TITLE)
    expect(html).not.toContain('Preview of drafts')
    expect(html).not.toContain('noindex')
  })

  it('shows the draft, with a banner, an exit link and noindex, in draft mode, read with the token', async () => {
    mockDraft.isEnabled = true
    const before = server.requests.length
    const html = await withEnv(sanityModeEnv(server), renderArticle)
    expect(html).toContain(`<h1 class="title">${DRAFT_TITLE}</h1>`)
    expect(html).toContain('Preview of drafts')
    expect(html).toContain('href="/api/draft-mode/disable"')
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>')
    const reads = server.requests.slice(before)
    expect(reads.length).toBeGreaterThan(0)
    for (const request of reads) {
      expect(request.search.get('perspective')).toBe('drafts')
      expect(request.authorization).toBe(`Bearer ${TEST_TOKEN}`)
    }
  })

  it('answers 503, and enables nothing, when the read token is not configured', async () => {
    const result = await withEnv(sanityModeEnv(server, { SANITY_API_READ_TOKEN: undefined }), () =>
      enable(enableUrl({ 'sanity-preview-secret': SECRET })),
    )
    expect(result.status).toBe(503)
    expect(mockDraft.isEnabled).toBe(false)
  })

  it('has no draft mode in embedded mode, and never asks for it while rendering', async () => {
    const result = await withEnv({}, () => enable(enableUrl({ 'sanity-preview-secret': SECRET })))
    expect(result.status).toBe(404)
    mockDraft.isEnabled = true
    const html = await withEnv({}, renderArticle)
    expect(html).not.toContain('Preview of drafts')
    expect(mockDraft.calls).toBe(0)
  })
})

describe('leaving draft mode', () => {
  beforeEach(() => {
    mockDraft.isEnabled = true
  })

  async function disable(referer?: string): Promise<Response> {
    const { GET } = await import('@/app/api/draft-mode/disable/route')
    return GET(new Request(`${SITE}/api/draft-mode/disable`, { headers: referer ? { referer } : {} }))
  }

  it('turns draft mode off and returns to the page the editor was on', async () => {
    const response = await disable(`${SITE}/blog/${SLUG}?page=2`)
    expect(mockDraft.isEnabled).toBe(false)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/blog/${SLUG}?page=2`)
  })

  it.each([
    undefined,
    'https://evil.example/blog/x',
    'not a url',
    `${SITE}/api/draft-mode/enable`,
    // On this site, but with a path a browser reads as another host.
    `${SITE}//evil.example/blog/x`,
    `${SITE}/\\evil.example/blog/x`,
    `${SITE}/\\/evil.example`,
    `${SITE}///evil.example`,
  ])('goes home when the referer is %s', async (referer) => {
    const response = await disable(referer)
    expect(response.headers.get('location')).toBe('/')
  })

  it.each([`${SITE}//evil.example/x`, `${SITE}/\\evil.example/x`, `${SITE}/blog/${SLUG}`])(
    'never sends the editor off the site, as a browser resolves the Location (referer %s)',
    async (referer) => {
      const response = await disable(referer)
      expect(new URL(response.headers.get('location') ?? '', SITE).origin).toBe(new URL(SITE).origin)
    },
  )
})
