import { articleSchema, type Article } from '@/lib/sanity/queries/article'
import { getSettings, type SiteSettings } from '@/lib/sanity/queries/settings'
import { articleMetadata } from '@/lib/seo/articleMetadata'
import { pickDescription, trimToLength } from '@/lib/seo/description'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { absoluteUrl } from '@/lib/navigation/siteUrl'
import { queriedExampleArticle } from '../../support/queriedExampleArticle'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR, SITE_SETTINGS } from '../../support/exampleContent'

let article: Article
let settings: SiteSettings

beforeAll(async () => {
  ;[article, settings] = await Promise.all([queriedExampleArticle(), getSettings()])
})

// Through the query's own schema, so the test sees the field values the page would.
const withSeo = (seo: Record<string, unknown>): Article => ({
  ...article,
  seo: articleSchema.shape.seo.parse({ ...article.seo, ...seo }),
})

describe('descriptions', () => {
  it('keeps editor-written text whole and trims derived text at a word boundary', () => {
    expect(pickDescription(['  Written by   hand. '], 'x')).toBe('Written by hand.')
    expect(pickDescription([null, '', 'Excerpt.'], 'x')).toBe('Excerpt.')
    const long = 'word '.repeat(60)
    const derived = pickDescription([null, undefined], long) ?? ''
    expect(derived.length).toBeLessThanOrEqual(160)
    expect(derived).toMatch(/word…$/)
    expect(pickDescription([null], '   ')).toBeUndefined()
    expect(trimToLength('short')).toBe('short')
  })
})

describe('article metadata', () => {
  it('describes the example article for search engines and social networks', () => {
    const metadata = articleMetadata(article, settings)
    const url = absoluteUrl(EXAMPLE_ARTICLE.path)
    expect(metadata.title).toBe(EXAMPLE_ARTICLE.title)
    expect(metadata.description).toBe(article.excerpt)
    expect(metadata.alternates?.canonical).toBe(url)
    expect(metadata.robots).toEqual({
      index: true,
      follow: true,
      'max-image-preview': 'large',
      'max-snippet': -1,
      'max-video-preview': -1,
    })
    expect(metadata.authors).toEqual([{ name: EXAMPLE_AUTHOR.name, url: absoluteUrl(EXAMPLE_AUTHOR.path) }])
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url,
      siteName: SITE_SETTINGS.clinicName,
      publishedTime: '2024-01-15T09:00:00Z',
      modifiedTime: '2024-01-15T09:00:00Z',
      section: article.topics[0]?.title,
      tags: article.topics.map((topic) => topic.title),
      authors: [absoluteUrl(EXAMPLE_AUTHOR.path)],
      images: [
        {
          url: expect.stringMatching(new RegExp(`^${url}/opengraph-image-[a-z0-9]{1,6}$`)),
          width: 1200,
          height: 630,
          alt: `${EXAMPLE_ARTICLE.title} – ${SITE_SETTINGS.clinicName}`,
        },
      ],
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })

  it('prefers the SEO fields an editor filled in', () => {
    const metadata = articleMetadata(
      withSeo({
        metaTitle: 'Ketamine after birth',
        metaDescription: 'What a new mother should know about ketamine therapy.',
      }),
      settings,
    )
    expect(metadata.title).toBe('Ketamine after birth')
    expect(metadata.description).toBe('What a new mother should know about ketamine therapy.')
  })

  it('falls back to the intro, trimmed, when there is neither meta description nor excerpt', () => {
    const description = articleMetadata({ ...article, excerpt: null }, settings).description ?? ''
    expect(description.startsWith('Ever heard the phrase')).toBe(true)
    expect(description.length).toBeLessThanOrEqual(160)
    expect(description.endsWith('…')).toBe(true)
  })

  it('keeps noindexed articles and draft previews out of search results', () => {
    expect(articleMetadata(withSeo({ noindex: true }), settings).robots).toEqual({ index: false, follow: true })
    expect(articleMetadata(article, settings, { draft: true }).robots).toEqual({ index: false, follow: false })
  })

  it('honours a canonical override and an editor-chosen social image', () => {
    const ogImage = {
      alt: 'A calm waiting room',
      caption: null,
      asset: { _id: 'image-a-1200x630-jpg', url: '/images/a-1200x630.jpg', width: 1200, height: 630 },
    }
    const metadata = articleMetadata(withSeo({ canonicalUrl: 'https://original.example/post', ogImage }), settings)
    expect(metadata.alternates?.canonical).toBe('https://original.example/post')
    expect(metadata.openGraph?.images).toEqual([
      { url: absoluteUrl('/images/a-1200x630.jpg'), width: 1200, height: 630, alt: 'A calm waiting room' },
    ])
  })
})

describe('page metadata', () => {
  it('gives every page an absolute self-canonical, the feeds and the default robots', () => {
    const metadata = pageMetadata({ title: 'Blog', path: '/blog?page=2', settings })
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/blog?page=2'))
    expect(metadata.alternates?.types).toEqual({
      'application/rss+xml': [expect.objectContaining({ url: absoluteUrl('/feed.xml') })],
      'application/atom+xml': [expect.objectContaining({ url: absoluteUrl('/feed.atom') })],
    })
    expect(metadata.robots).toMatchObject({ index: true, follow: true })
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: absoluteUrl('/blog?page=2') })
    expect(pageMetadata({ title: 'Search', path: '/search', settings, noindex: true }).robots).toEqual({
      index: false,
      follow: true,
    })
  })
})
