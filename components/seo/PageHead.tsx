import type { Metadata, Viewport } from 'next'
import Head from 'next/head'
import type { ReactElement } from 'react'
import { z } from 'zod'

/**
 * The root layout's theme colours. The App Router renders them from app/layout.tsx's `viewport`;
 * a Pages Router page has no layout metadata, so PageHead renders them from here.
 */
export const siteViewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111719' },
  ],
} satisfies Viewport

// Only what lib/seo's builders produce. A strict schema makes any other field (or a relative URL,
// which the App Router would have resolved against metadataBase) fail loudly instead of vanishing
// from the head.
const absoluteUrl = z.url()
const imageSchema = z.strictObject({
  url: absoluteUrl,
  width: z.number().optional(),
  height: z.number().optional(),
  alt: z.string().optional(),
})
const openGraphFields = {
  url: absoluteUrl.optional(),
  siteName: z.string().optional(),
  locale: z.string().optional(),
  alternateLocale: z.array(z.string()).optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  images: z.array(imageSchema).optional(),
}
const metadataSchema = z.strictObject({
  title: z.union([z.string(), z.strictObject({ absolute: z.string() })]).optional(),
  description: z.string().optional(),
  authors: z.array(z.strictObject({ name: z.string(), url: absoluteUrl })).optional(),
  alternates: z
    .strictObject({
      canonical: absoluteUrl.optional(),
      // hreflang alternates: language code (or x-default) to the page's address in it.
      languages: z.record(z.string(), absoluteUrl).optional(),
      types: z.record(z.string(), z.array(z.strictObject({ url: absoluteUrl, title: z.string() }))).optional(),
    })
    .optional(),
  robots: z
    .strictObject({
      index: z.boolean().optional(),
      follow: z.boolean().optional(),
      'max-video-preview': z.number().optional(),
      'max-image-preview': z.enum(['none', 'standard', 'large']).optional(),
      'max-snippet': z.number().optional(),
    })
    .optional(),
  openGraph: z
    .discriminatedUnion('type', [
      z.strictObject({ type: z.enum(['website', 'profile']), ...openGraphFields }),
      z.strictObject({
        type: z.literal('article'),
        ...openGraphFields,
        publishedTime: z.string().optional(),
        modifiedTime: z.string().optional(),
        authors: z.array(z.string()).optional(),
        section: z.string().optional(),
        tags: z.array(z.string()).optional(),
      }),
    ])
    .optional(),
  twitter: z
    .strictObject({
      card: z.enum(['summary', 'summary_large_image']),
      title: z.string().optional(),
      description: z.string().optional(),
    })
    .optional(),
})

type PageMetadata = z.infer<typeof metadataSchema>

function supportedMetadata(metadata: Metadata): PageMetadata {
  const parsed = metadataSchema.safeParse(metadata)
  if (parsed.success) return parsed.data
  throw new Error(`PageHead renders only the metadata fields lib/seo builds:\n${z.prettifyError(parsed.error)}`)
}

// The App Router writes a page address (canonical, alternates, og:url) of the site root as the bare origin.
function pageUrl(value: string): string {
  const url = new URL(value)
  return url.pathname === '/' && url.searchParams.size === 0 ? url.origin : url.href
}

// Next's order: index, follow, then the directives with values in its fixed order.
const ROBOTS_DIRECTIVES = ['max-video-preview', 'max-image-preview', 'max-snippet'] as const
function robotsContent(robots: NonNullable<PageMetadata['robots']>): string {
  const values: string[] = []
  if (robots.index !== undefined) values.push(robots.index ? 'index' : 'noindex')
  if (robots.follow !== undefined) values.push(robots.follow ? 'follow' : 'nofollow')
  for (const directive of ROBOTS_DIRECTIVES) {
    const value = robots[directive]
    if (value !== undefined) values.push(`${directive}:${value}`)
  }
  return values.join(', ')
}

/**
 * The head elements the App Router renders for this metadata under app/layout.tsx, in its order:
 * the viewport, then title, description, application name, authors, robots, alternates, Open
 * Graph, the Twitter card and the icon. Twitter falls back to the Open Graph title, description
 * and images, Open Graph to the page's title and description, as Next does.
 */
function headElements(metadata: PageMetadata, clinicName: string): ReactElement[] {
  const { description, authors, alternates, robots, openGraph, twitter } = metadata
  // The root layout's title: the clinic name by default, `%s | <clinic name>` as its template.
  const title =
    metadata.title === undefined
      ? clinicName
      : typeof metadata.title === 'string'
        ? `${metadata.title} | ${clinicName}`
        : metadata.title.absolute
  const ogTitle = openGraph?.title || title
  const ogDescription = openGraph?.description || description
  const images = openGraph?.images ?? []

  // next/head's default head supplies the charset; its default viewport lacks initial-scale, so it is replaced by key.
  const elements: ReactElement[] = [
    <meta key="viewport" name="viewport" content="width=device-width, initial-scale=1" />,
    ...siteViewport.themeColor.map(({ media, color }, i) => (
      <meta key={`theme-color-${i}`} name="theme-color" content={color} media={media} />
    )),
    <title key="title">{title}</title>,
  ]
  if (description) elements.push(<meta key="description" name="description" content={description} />)
  elements.push(<meta key="application-name" name="application-name" content={clinicName} />)
  authors?.forEach((author, i) => {
    elements.push(<link key={`author-link-${i}`} rel="author" href={author.url} />)
    elements.push(<meta key={`author-${i}`} name="author" content={author.name} />)
  })
  if (robots) elements.push(<meta key="robots" name="robots" content={robotsContent(robots)} />)
  if (alternates?.canonical)
    elements.push(<link key="canonical" rel="canonical" href={pageUrl(alternates.canonical)} />)
  for (const [hreflang, url] of Object.entries(alternates?.languages ?? {}))
    elements.push(<link key={`hreflang-${hreflang}`} rel="alternate" hrefLang={hreflang} href={pageUrl(url)} />)
  for (const [type, feeds] of Object.entries(alternates?.types ?? {})) {
    feeds.forEach((feed, i) =>
      elements.push(
        <link key={`alternate-${type}-${i}`} rel="alternate" type={type} href={pageUrl(feed.url)} title={feed.title} />,
      ),
    )
  }

  if (openGraph) {
    const property = (name: string, content: string | number | undefined, key = name) => {
      if (content) elements.push(<meta key={key} property={name} content={String(content)} />)
    }
    property('og:title', ogTitle)
    property('og:description', ogDescription)
    property('og:url', openGraph.url && pageUrl(openGraph.url))
    property('og:site_name', openGraph.siteName)
    property('og:locale', openGraph.locale)
    openGraph.alternateLocale?.forEach((locale, i) =>
      property('og:locale:alternate', locale, `og:locale:alternate-${i}`),
    )
    images.forEach((image, i) => {
      property('og:image', new URL(image.url).href, `og:image-${i}`)
      property('og:image:width', image.width, `og:image:width-${i}`)
      property('og:image:height', image.height, `og:image:height-${i}`)
      property('og:image:alt', image.alt, `og:image:alt-${i}`)
    })
    property('og:type', openGraph.type)
    if (openGraph.type === 'article') {
      property('article:published_time', openGraph.publishedTime)
      property('article:modified_time', openGraph.modifiedTime)
      openGraph.authors?.forEach((author, i) => property('article:author', author, `article:author-${i}`))
      property('article:section', openGraph.section)
      openGraph.tags?.forEach((tag, i) => property('article:tag', tag, `article:tag-${i}`))
    }
  }

  if (openGraph || twitter) {
    const name = (field: string, content: string | number | undefined, key = field) => {
      if (content) elements.push(<meta key={key} name={field} content={String(content)} />)
    }
    name('twitter:card', twitter?.card ?? (images.length > 0 ? 'summary_large_image' : 'summary'))
    name('twitter:title', twitter?.title || ogTitle)
    name('twitter:description', twitter?.description || ogDescription)
    images.forEach((image, i) => {
      name('twitter:image', new URL(image.url).href, `twitter:image-${i}`)
      name('twitter:image:alt', image.alt, `twitter:image:alt-${i}`)
      name('twitter:image:width', image.width, `twitter:image:width-${i}`)
      name('twitter:image:height', image.height, `twitter:image:height-${i}`)
    })
  }

  // app/icon.svg, which the App Router keeps serving. It adds a content hash as a query string
  // there, but serves the file with `max-age=0, must-revalidate`, so the bare path is equivalent.
  elements.push(<link key="icon" rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />)
  return elements
}

type PageHeadProps = {
  /** What a lib/seo builder returns; a field PageHead does not render throws. */
  metadata: Metadata
  /** The root layout's title template, default title and application name. */
  clinicName: string
}

/**
 * The head of a Pages Router page, with the tags the App Router renders for the same metadata
 * under app/layout.tsx. Every element has a key, so next/head neither drops one (it otherwise
 * keeps one meta per name) nor lets its own default viewport win.
 */
export function PageHead({ metadata, clinicName }: PageHeadProps) {
  return <Head>{headElements(supportedMetadata(metadata), clinicName)}</Head>
}
