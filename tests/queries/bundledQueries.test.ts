import { getArticle } from '@/lib/sanity/queries/article'
import { getLatestArticles } from '@/lib/sanity/queries/articleList'
import { getArticleSlugs } from '@/lib/sanity/queries/articleSlugs'
import { getSettings } from '@/lib/sanity/queries/settings'

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
    expect(slugs).toContain('ketamine-postpartum-depression')
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('returns every article in full, each passing the article schema', async () => {
    for (const slug of await getArticleSlugs()) {
      const article = await getArticle(slug)
      expect(article?.slug).toBe(slug)
      expect(article?.sections.length).toBeGreaterThan(0)
    }
  })

  it('returns the example article with its five sections, takeaways and FAQs', async () => {
    const article = await getArticle('ketamine-postpartum-depression')
    expect(article?.sections).toHaveLength(5)
    expect(article?.sections.every((section) => section.takeaway?.text)).toBe(true)
    expect(article?.faqs).toHaveLength(5)
    expect(article?.author.name).toBe('Editorial Team')
    expect(article?.medicalReviewer ?? null).toBeNull()
    expect(article?.topics.map((topic) => topic.slug)).toEqual(expect.arrayContaining(['postpartum-depression', 'mental-health']))
  })

  it('resolves the bundled image to a served URL with its size', async () => {
    const article = await getArticle('ketamine-postpartum-depression')
    const image = article?.sections.flatMap((section) => section.body).find((block) => block._type === 'image')
    expect(image).toMatchObject({
      alt: 'Mother with baby in crib dealing with post party depression',
      asset: { url: expect.stringMatching(/^\/images\/[a-f0-9]{40}-1200x675\.png$/), width: 1200, height: 675 },
    })
  })

  it('returns the clinic settings without invented contact details', async () => {
    const settings = await getSettings()
    expect(settings.clinicName).toBe('Ketamine & Wellness Clinic of South Florida')
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
