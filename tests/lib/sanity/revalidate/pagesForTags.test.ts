import { ARTICLES_PER_PAGE } from '@/lib/navigation/pagination'
import { pagesForTags, regeneratePage, regeneratePagesFor } from '@/lib/sanity/revalidate/pagesForTags'
import { COUNTS, EXAMPLE_ARTICLE, EXAMPLE_AUTHOR, SAMPLE_ARTICLES, TOPICS } from '../../../support/exampleContent'
import { articleCardPath } from '@/lib/seo/socialCard'
import { documentsOfType } from '../../../support/bundledDocuments'

// Embedded mode: the pages are those of the bundled dataset.

const TOPIC = TOPICS[0] as (typeof TOPICS)[number]

/** /blog, then /blog/page/N up to one page past the last (the one an unpublished article may empty). */
const BLOG_PAGES = [
  '/blog',
  ...Array.from({ length: Math.ceil(COUNTS.articles / ARTICLES_PER_PAGE) }, (_, index) => `/blog/page/${index + 2}`),
]
/** The sitemap: the bundled content fits in one file, so it has no parts to regenerate. */
const SITEMAPS = ['/sitemap.xml']

const sorted = (pages: string[]) => [...new Set(pages)].sort()

// The bundled content publishes a Spanish edition too. A tag carries no language: a slug tag names
// that slug's page in both editions (the one never generated is skipped by Next), and a list tag
// both editions' lists and files.
const SPANISH_ARTICLES = documentsOfType('article', 'es').map(
  (article) => (article.slug as { current: string }).current,
)
const SPANISH_TOPICS = documentsOfType('topic', 'es').map((topic) => (topic.slug as { current: string }).current)
const SPANISH_BLOG_PAGES = [
  '/es/blog',
  ...Array.from({ length: Math.ceil(SPANISH_ARTICLES.length / ARTICLES_PER_PAGE) }, (_, i) => `/es/blog/page/${i + 2}`),
]
const inBoth = (path: string) => [path, path === '/' ? '/es' : `/es${path}`]
const LIST_FILES = ['/feed.xml', '/feed.atom', '/llms.txt', '/es/feed.xml', '/es/feed.atom', '/es/llms.txt']

describe('pagesForTags', () => {
  it('an article: its page', async () => {
    expect(await pagesForTags([`article:${EXAMPLE_ARTICLE.slug}`])).toEqual(sorted(inBoth(EXAMPLE_ARTICLE.path)))
  })

  it("an article's card: its social card, at the address the page names (with Next's build hash)", async () => {
    expect(await pagesForTags([`card:${EXAMPLE_ARTICLE.slug}`])).toEqual(
      sorted([articleCardPath(EXAMPLE_ARTICLE.slug), articleCardPath(EXAMPLE_ARTICLE.slug, 'es')]),
    )
    expect(articleCardPath(EXAMPLE_ARTICLE.slug)).toMatch(/^\/blog\/[^/]+\/opengraph-image-[a-z0-9]{1,6}$/)
    expect(articleCardPath('x', 'es')).toMatch(/^\/es\/blog\/x\/opengraph-image-[a-z0-9]{1,6}$/)
  })

  it('a renamed or deleted article: the page at its old slug too (regenerated into its 404)', async () => {
    expect(await pagesForTags(['article:no-longer-published'])).toEqual(sorted(inBoth('/blog/no-longer-published')))
  })

  it('a topic: its page', async () => {
    expect(await pagesForTags([`topic:${TOPIC.slug}`])).toEqual(sorted(inBoth(`/topics/${TOPIC.slug}`)))
  })

  it('a person: their page', async () => {
    expect(await pagesForTags([`person:${EXAMPLE_AUTHOR.slug}`])).toEqual(sorted(inBoth(EXAMPLE_AUTHOR.path)))
  })

  it('the article list: home, every blog index page and one more, the feeds and the sitemaps', async () => {
    expect(BLOG_PAGES.length).toBeGreaterThan(1)
    expect(await pagesForTags(['articles'])).toEqual(
      sorted(['/', '/es', ...BLOG_PAGES, ...SPANISH_BLOG_PAGES, ...LIST_FILES, ...SITEMAPS]),
    )
  })

  it('one page of the article list (an edit that kept its place): that blog page, the feeds and the sitemaps', async () => {
    expect(await pagesForTags(['articles:page:3'])).toEqual(
      sorted([...inBoth('/blog/page/3'), ...LIST_FILES, ...SITEMAPS]),
    )
    // The home page shows the start of page 1.
    expect(await pagesForTags(['articles:page:1'])).toEqual(
      sorted([...inBoth('/'), ...inBoth('/blog'), ...LIST_FILES, ...SITEMAPS]),
    )
  })

  it('the topic list: home, the topic index and the sitemaps', async () => {
    expect(await pagesForTags(['topics'])).toEqual(sorted([...inBoth('/'), ...inBoth('/topics'), ...SITEMAPS]))
  })

  it('the people list: the author index and the sitemaps', async () => {
    expect(await pagesForTags(['people'])).toEqual(sorted([...inBoth('/authors'), ...SITEMAPS]))
  })

  it('the FAQ page tag: the FAQ page', async () => {
    expect(await pagesForTags(['faq-page'])).toEqual(sorted(inBoth('/faq')))
  })

  it('the redirect table: no page (old addresses are answered per request, never generated)', async () => {
    expect(await pagesForTags(['redirects'])).toEqual([])
  })

  it('the settings: every article, topic and person page, every list, the FAQ and policy pages, feeds and sitemaps (not the cards: they follow within their cache lifetime)', async () => {
    expect(await pagesForTags(['settings'])).toEqual(
      sorted([
        ...SAMPLE_ARTICLES.map((article) => `/blog/${article.slug}`),
        ...TOPICS.map((topic) => `/topics/${topic.slug}`),
        ...SPANISH_ARTICLES.map((slug) => `/es/blog/${slug}`),
        ...SPANISH_TOPICS.map((slug) => `/es/topics/${slug}`),
        ...inBoth(EXAMPLE_AUTHOR.path),
        ...inBoth('/'),
        ...BLOG_PAGES,
        ...SPANISH_BLOG_PAGES,
        ...inBoth('/topics'),
        ...inBoth('/authors'),
        ...inBoth('/faq'),
        ...inBoth('/editorial-policy'),
        ...LIST_FILES,
        ...SITEMAPS,
      ]),
    )
    expect(COUNTS.people).toBe(1)
  })

  it("a delivery's tags together: each page once, sorted", async () => {
    const pages = await pagesForTags([
      `article:${EXAMPLE_ARTICLE.slug}`,
      `card:${EXAMPLE_ARTICLE.slug}`,
      'articles',
      'topics',
      `topic:${TOPIC.slug}`,
      `person:${EXAMPLE_AUTHOR.slug}`,
    ])
    expect(pages).toEqual(
      sorted([
        ...inBoth(EXAMPLE_ARTICLE.path),
        articleCardPath(EXAMPLE_ARTICLE.slug),
        articleCardPath(EXAMPLE_ARTICLE.slug, 'es'),
        ...inBoth('/'),
        ...BLOG_PAGES,
        ...SPANISH_BLOG_PAGES,
        ...LIST_FILES,
        ...inBoth('/topics'),
        ...inBoth(`/topics/${TOPIC.slug}`),
        ...inBoth(EXAMPLE_AUTHOR.path),
        ...SITEMAPS,
      ]),
    )
  })
})

describe('regeneratePagesFor', () => {
  it('regenerates every page once, never more than 4 at a time, and resolves with them', async () => {
    const pages = await pagesForTags(['settings'])
    expect(pages.length).toBeGreaterThan(8)
    const regenerated: string[] = []
    let running = 0
    let most = 0
    const result = await regeneratePagesFor(['settings'], async (page) => {
      running += 1
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 1))
      regenerated.push(page)
      running -= 1
    })
    expect(result).toEqual(pages)
    expect(regenerated.sort()).toEqual(pages)
    expect(most).toBe(4)
  })

  it('tries every page when some fail, then rejects naming each failed page and why', async () => {
    const pages = await pagesForTags(['articles'])
    const tried: string[] = []
    const outcome = regeneratePagesFor(['articles'], async (page) => {
      tried.push(page)
      if (page === '/blog' || page === '/feed.xml') throw new Error(`${page} threw`)
    })
    await expect(outcome).rejects.toThrow('could not regenerate /blog (/blog threw), /feed.xml (/feed.xml threw)')
    expect(tried.sort()).toEqual(pages)
  })

  it('counts a page whose regeneration never finishes as failed, and still answers', async () => {
    const outcome = regeneratePagesFor(
      [`article:${EXAMPLE_ARTICLE.slug}`, `card:${EXAMPLE_ARTICLE.slug}`],
      (page) => (page === EXAMPLE_ARTICLE.path ? Promise.resolve() : new Promise<void>(() => undefined)),
      50,
    )
    await expect(outcome).rejects.toThrow(
      `could not regenerate ${articleCardPath(EXAMPLE_ARTICLE.slug)} (not regenerated within 0.05 s)`,
    )
  })

  it('resolves with no page, calling nothing, for tags that name none', async () => {
    const regenerate = jest.fn(async () => undefined)
    expect(await regeneratePagesFor(['redirects'], regenerate)).toEqual([])
    expect(regenerate).not.toHaveBeenCalled()
  })
})

describe('regeneratePage', () => {
  const failing = (message: string) => async () => {
    throw new Error(message)
  }

  it('asks for a reading page only if it was generated, and for a route handler always', async () => {
    const asked: [string, object][] = []
    const revalidate = async (page: string, options: object) => {
      asked.push([page, options])
    }
    for (const page of [EXAMPLE_ARTICLE.path, '/blog/page/3', articleCardPath(EXAMPLE_ARTICLE.slug), '/feed.xml'])
      await regeneratePage(page, revalidate)
    expect(asked).toEqual([
      [EXAMPLE_ARTICLE.path, { unstable_onlyGenerated: true }],
      ['/blog/page/3', { unstable_onlyGenerated: true }],
      [articleCardPath(EXAMPLE_ARTICLE.slug), {}],
      ['/feed.xml', {}],
    ])
  })

  it("takes a route handler's 404 (the card of an article no longer listed) as nothing to regenerate", async () => {
    const card = articleCardPath('no-longer-published')
    await expect(regeneratePage(card, failing(`Failed to revalidate ${card}: Invalid response 404`))).resolves.toBe(
      undefined,
    )
  })

  it("fails on a route handler's other errors and on any error of a reading page", async () => {
    await expect(
      regeneratePage('/feed.xml', failing('Failed to revalidate /feed.xml: Invalid response 500')),
    ).rejects.toThrow('Invalid response 500')
    await expect(
      regeneratePage(
        EXAMPLE_ARTICLE.path,
        failing(`Failed to revalidate ${EXAMPLE_ARTICLE.path}: Invalid response 404`),
      ),
    ).rejects.toThrow('Invalid response 404')
  })
})
