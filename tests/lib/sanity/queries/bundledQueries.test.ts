import { getArticle } from '@/lib/sanity/queries/article'
import { getLatestArticles } from '@/lib/sanity/queries/articleList'
import { getArticleSlugs } from '@/lib/sanity/queries/articleSlugs'
import { getSettings } from '@/lib/sanity/queries/settings'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR, SITE_SETTINGS } from '../../../support/exampleContent'

// The getters validate with zod and report (console.warn) any document they drop; on the
// bundled dataset nothing may be dropped.
let warn: jest.SpyInstance
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  expect(warn).not.toHaveBeenCalled()
  warn.mockRestore()
})

describe('queries on the bundled dataset', () => {
  it('lists every article slug, newest first', async () => {
    const slugs = await getArticleSlugs()
    expect(slugs).toContain(EXAMPLE_ARTICLE.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('returns every article in full, each passing the article schema', async () => {
    for (const slug of await getArticleSlugs()) {
      const article = await getArticle(slug)
      expect(article?.slug).toBe(slug)
      expect(article?.sections.length).toBeGreaterThan(0)
    }
  })

  it('returns the example article with its sections, takeaways and FAQs', async () => {
    const article = await getArticle(EXAMPLE_ARTICLE.slug)
    expect(article?.sections.map((section) => section.heading)).toEqual(EXAMPLE_ARTICLE.sectionHeadings)
    expect(article?.sections.every((section) => section.takeaway?.text)).toBe(true)
    expect(article?.faqs).toHaveLength(EXAMPLE_ARTICLE.faqIds.length)
    expect(article?.author.name).toBe(EXAMPLE_AUTHOR.name)
    expect(article?.medicalReviewer ?? null).toBeNull()
    expect(article?.topics.map((topic) => topic.slug)).toEqual(EXAMPLE_ARTICLE.topicSlugs)
  })

  it('resolves the bundled image to a served URL with its size', async () => {
    const article = await getArticle(EXAMPLE_ARTICLE.slug)
    const image = article?.sections.flatMap((section) => section.body).find((block) => block._type === 'image')
    expect(image).toMatchObject({
      alt: EXAMPLE_ARTICLE.images[0]?.alt,
      asset: { url: expect.stringMatching(/^\/images\/[a-f0-9]{40}-1200x675\.png$/), width: 1200, height: 675 },
    })
  })

  it('returns the clinic settings without invented contact details', async () => {
    const settings = await getSettings()
    expect(settings.clinicName).toBe(SITE_SETTINGS.clinicName)
    expect(settings.phone ?? null).toBeNull()
    expect(settings.address ?? null).toBeNull()
    expect(settings.crisisResources.map((resource) => resource.phone)).toEqual(expect.arrayContaining(['988']))
  })

  it('lists the newest articles in order', async () => {
    const latest = await getLatestArticles(5)
    expect(latest).toHaveLength(5)
    const dates = latest.map((article) => article.publishedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
  })

  it('answers null for an unknown slug', async () => {
    expect(await getArticle('no-such-article')).toBeNull()
  })
})
