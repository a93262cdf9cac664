import { render } from '@testing-library/react'
import type { Metadata } from 'next'
import { HeadManagerContext } from 'next/dist/shared/lib/head-manager-context.shared-runtime'
import { isValidElement, type ReactElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { PageHead } from '@/components/seo/PageHead'
import { siteUrl } from '@/lib/navigation/siteUrl'
import { getPerson } from '@/lib/sanity/queries/person'
import { getSettings, type SiteSettings } from '@/lib/sanity/queries/settings'
import { getTopics } from '@/lib/sanity/queries/topics'
import { articleMetadata } from '@/lib/seo/articleMetadata'
import { homeMetadata } from '@/lib/seo/pages/home'
import { profileMetadata } from '@/lib/seo/pages/people'
import { topicsIndexSeo } from '@/lib/seo/pages/topics'
import { robotsDirectives } from '@/lib/seo/robots'
import { queriedExampleArticle } from '../../support/queriedExampleArticle'

// The expected heads were copied once, tag for tag, from the App Router build of these pages
// (.next/server/app/{index,topics,authors/editorial-team,blog/ketamine-postpartum-depression}.html,
// Next 16.4.6, default site URL, the bundled content), leaving out the stylesheets and scripts.
// One deliberate difference: the icon's href there carries a content hash as a query string
// (/icon.svg?icon.<hash>.svg) that PageHead does not reproduce (see PageHead.tsx).
const LAYOUT = [
  '<meta charSet="utf-8"/>',
  '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
  '<meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)"/>',
  '<meta name="theme-color" content="#111719" media="(prefers-color-scheme: dark)"/>',
  '<meta name="application-name" content="Ketamine &amp; Wellness Clinic of South Florida"/>',
  '<link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml"/>',
]

// index.html
const HOME = [
  ...LAYOUT,
  '<title>Ketamine &amp; Wellness Clinic of South Florida blog</title>',
  '<meta name="description" content="Articles from Ketamine &amp; Wellness Clinic of South Florida on Ketamine Therapy, Mental Health, Patient Guide, and Postpartum Depression."/>',
  '<meta name="robots" content="index, follow, max-video-preview:-1, max-image-preview:large, max-snippet:-1"/>',
  '<link rel="canonical" href="http://localhost:3000"/>',
  '<link rel="alternate" type="application/rss+xml" href="http://localhost:3000/feed.xml" title="Ketamine &amp; Wellness Clinic of South Florida (RSS)"/>',
  '<link rel="alternate" type="application/atom+xml" href="http://localhost:3000/feed.atom" title="Ketamine &amp; Wellness Clinic of South Florida (Atom)"/>',
  '<meta property="og:title" content="Ketamine &amp; Wellness Clinic of South Florida blog"/>',
  '<meta property="og:description" content="Articles from Ketamine &amp; Wellness Clinic of South Florida on Ketamine Therapy, Mental Health, Patient Guide, and Postpartum Depression."/>',
  '<meta property="og:url" content="http://localhost:3000"/>',
  '<meta property="og:site_name" content="Ketamine &amp; Wellness Clinic of South Florida"/>',
  '<meta property="og:locale" content="en_US"/>',
  '<meta property="og:type" content="website"/>',
  '<meta name="twitter:card" content="summary_large_image"/>',
  '<meta name="twitter:title" content="Ketamine &amp; Wellness Clinic of South Florida blog"/>',
  '<meta name="twitter:description" content="Articles from Ketamine &amp; Wellness Clinic of South Florida on Ketamine Therapy, Mental Health, Patient Guide, and Postpartum Depression."/>',
]

// topics.html
const TOPICS = [
  ...LAYOUT,
  '<title>Topics | Ketamine &amp; Wellness Clinic of South Florida</title>',
  '<meta name="description" content="The topics Ketamine &amp; Wellness Clinic of South Florida writes about: Ketamine Therapy, Mental Health, Patient Guide, and Postpartum Depression."/>',
  '<meta name="robots" content="index, follow, max-video-preview:-1, max-image-preview:large, max-snippet:-1"/>',
  '<link rel="canonical" href="http://localhost:3000/topics"/>',
  '<link rel="alternate" type="application/rss+xml" href="http://localhost:3000/feed.xml" title="Ketamine &amp; Wellness Clinic of South Florida (RSS)"/>',
  '<link rel="alternate" type="application/atom+xml" href="http://localhost:3000/feed.atom" title="Ketamine &amp; Wellness Clinic of South Florida (Atom)"/>',
  '<meta property="og:title" content="Topics"/>',
  '<meta property="og:description" content="The topics Ketamine &amp; Wellness Clinic of South Florida writes about: Ketamine Therapy, Mental Health, Patient Guide, and Postpartum Depression."/>',
  '<meta property="og:url" content="http://localhost:3000/topics"/>',
  '<meta property="og:site_name" content="Ketamine &amp; Wellness Clinic of South Florida"/>',
  '<meta property="og:locale" content="en_US"/>',
  '<meta property="og:type" content="website"/>',
  '<meta name="twitter:card" content="summary_large_image"/>',
  '<meta name="twitter:title" content="Topics"/>',
  '<meta name="twitter:description" content="The topics Ketamine &amp; Wellness Clinic of South Florida writes about: Ketamine Therapy, Mental Health, Patient Guide, and Postpartum Depression."/>',
]

// authors/editorial-team.html
const PROFILE = [
  ...LAYOUT,
  '<title>Editorial Team | Ketamine &amp; Wellness Clinic of South Florida</title>',
  '<meta name="description" content="The editorial team of the Ketamine &amp; Wellness Clinic of South Florida, who write and update the articles on this blog."/>',
  '<meta name="robots" content="index, follow, max-video-preview:-1, max-image-preview:large, max-snippet:-1"/>',
  '<link rel="canonical" href="http://localhost:3000/authors/editorial-team"/>',
  '<link rel="alternate" type="application/rss+xml" href="http://localhost:3000/feed.xml" title="Ketamine &amp; Wellness Clinic of South Florida (RSS)"/>',
  '<link rel="alternate" type="application/atom+xml" href="http://localhost:3000/feed.atom" title="Ketamine &amp; Wellness Clinic of South Florida (Atom)"/>',
  '<meta property="og:title" content="Editorial Team"/>',
  '<meta property="og:description" content="The editorial team of the Ketamine &amp; Wellness Clinic of South Florida, who write and update the articles on this blog."/>',
  '<meta property="og:url" content="http://localhost:3000/authors/editorial-team"/>',
  '<meta property="og:site_name" content="Ketamine &amp; Wellness Clinic of South Florida"/>',
  '<meta property="og:locale" content="en_US"/>',
  '<meta property="og:type" content="profile"/>',
  '<meta name="twitter:card" content="summary_large_image"/>',
  '<meta name="twitter:title" content="Editorial Team"/>',
  '<meta name="twitter:description" content="The editorial team of the Ketamine &amp; Wellness Clinic of South Florida, who write and update the articles on this blog."/>',
]

// blog/ketamine-postpartum-depression.html
const ARTICLE = [
  ...LAYOUT,
  '<title>Ketamine: A New Hope for Postpartum Depression Treatment | Ketamine &amp; Wellness Clinic of South Florida</title>',
  '<meta name="description" content="Ever heard the phrase, “Baby blues aren’t always blue”? It’s a haunting reality for many new moms."/>',
  '<link rel="author" href="http://localhost:3000/authors/editorial-team"/>',
  '<meta name="author" content="Editorial Team"/>',
  '<meta name="robots" content="index, follow, max-video-preview:-1, max-image-preview:large, max-snippet:-1"/>',
  '<link rel="canonical" href="http://localhost:3000/blog/ketamine-postpartum-depression"/>',
  '<link rel="alternate" type="application/rss+xml" href="http://localhost:3000/feed.xml" title="Ketamine &amp; Wellness Clinic of South Florida (RSS)"/>',
  '<link rel="alternate" type="application/atom+xml" href="http://localhost:3000/feed.atom" title="Ketamine &amp; Wellness Clinic of South Florida (Atom)"/>',
  '<meta property="og:title" content="Ketamine: A New Hope for Postpartum Depression Treatment"/>',
  '<meta property="og:description" content="Ever heard the phrase, “Baby blues aren’t always blue”? It’s a haunting reality for many new moms."/>',
  '<meta property="og:url" content="http://localhost:3000/blog/ketamine-postpartum-depression"/>',
  '<meta property="og:site_name" content="Ketamine &amp; Wellness Clinic of South Florida"/>',
  '<meta property="og:locale" content="en_US"/>',
  '<meta property="og:image" content="http://localhost:3000/blog/ketamine-postpartum-depression/opengraph-image-fx5gi7"/>',
  '<meta property="og:image:width" content="1200"/>',
  '<meta property="og:image:height" content="630"/>',
  '<meta property="og:image:alt" content="Ketamine: A New Hope for Postpartum Depression Treatment – Ketamine &amp; Wellness Clinic of South Florida"/>',
  '<meta property="og:type" content="article"/>',
  '<meta property="article:published_time" content="2024-01-15T09:00:00Z"/>',
  '<meta property="article:modified_time" content="2024-01-15T09:00:00Z"/>',
  '<meta property="article:author" content="http://localhost:3000/authors/editorial-team"/>',
  '<meta property="article:section" content="Postpartum Depression"/>',
  '<meta property="article:tag" content="Postpartum Depression"/>',
  '<meta property="article:tag" content="Ketamine Therapy"/>',
  '<meta property="article:tag" content="Mental Health"/>',
  '<meta name="twitter:card" content="summary_large_image"/>',
  '<meta name="twitter:title" content="Ketamine: A New Hope for Postpartum Depression Treatment"/>',
  '<meta name="twitter:description" content="Ever heard the phrase, “Baby blues aren’t always blue”? It’s a haunting reality for many new moms."/>',
  '<meta name="twitter:image" content="http://localhost:3000/blog/ketamine-postpartum-depression/opengraph-image-fx5gi7"/>',
  '<meta name="twitter:image:alt" content="Ketamine: A New Hope for Postpartum Depression Treatment – Ketamine &amp; Wellness Clinic of South Florida"/>',
  '<meta name="twitter:image:width" content="1200"/>',
  '<meta name="twitter:image:height" content="630"/>',
]

let settings: SiteSettings

beforeAll(async () => {
  if (siteUrl !== 'http://localhost:3000')
    throw new Error(`the expected heads were built with the default site URL, not ${siteUrl}`)
  settings = await getSettings()
})

type Tag = { tag: string; attributes: [string, string][]; text: string }

function parseTags(html: string): Tag[] {
  const head = new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head></html>`, 'text/html').head
  return [...head.children].map((element) => ({
    tag: element.localName,
    attributes: element
      .getAttributeNames()
      .sort()
      .map((name): [string, string] => [name, element.getAttribute(name) ?? '']),
    text: element.textContent ?? '',
  }))
}

// The tags as a sorted list, so the order does not count but a missing or extra duplicate does.
const tagSet = (tags: Tag[]) => tags.map((tag) => JSON.stringify(tag)).sort()

/** What next/head puts in the page's head for PageHead: its own reduction, with its defaults and dedupe. */
function renderedHead(metadata: Metadata): string {
  let head: ReactNode[] = []
  const headManager = {
    mountedInstances: new Set<ReactNode>(),
    updateHead: (state: ReactNode[]) => {
      head = state
    },
  }
  render(
    <HeadManagerContext.Provider value={headManager}>
      <PageHead metadata={metadata} clinicName={settings.clinicName} />
    </HeadManagerContext.Provider>,
  )
  return renderToStaticMarkup(<>{head.filter((node): node is ReactElement => isValidElement(node))}</>)
}

const expectHead = (metadata: Metadata, expected: string[]) =>
  expect(tagSet(parseTags(renderedHead(metadata)))).toEqual(tagSet(parseTags(expected.join(''))))

describe('<PageHead>', () => {
  it('renders the head the App Router renders for the home page (absolute title, the root as canonical)', async () => {
    expectHead(homeMetadata({ settings, topics: await getTopics() }), HOME)
  })

  it('renders the head of a list page (the title template)', async () => {
    expectHead(topicsIndexSeo.metadata({ settings, title: 'Topics', items: await getTopics() }), TOPICS)
  })

  it('renders the head of a profile page', async () => {
    const person = await getPerson('editorial-team')
    if (!person) throw new Error('the bundled dataset has no person editorial-team')
    expectHead(profileMetadata(person, { settings }), PROFILE)
  })

  it('renders the head of the example article: authors, its image for Open Graph and Twitter, article facts', async () => {
    expectHead(articleMetadata(await queriedExampleArticle(), settings), ARTICLE)
  })

  // No built page is noindex; these follow Next's robots serialization (resolveRobotsValue).
  it.each([
    [robotsDirectives({ noindex: true }), 'noindex, follow'],
    [robotsDirectives({ draft: true }), 'noindex, nofollow'],
  ])('writes robots %j as "%s"', (robots, content) => {
    const tags = parseTags(renderedHead({ robots }))
    expect(tags.filter((tag) => tag.tag === 'meta' && tag.attributes.some(([, value]) => value === 'robots'))).toEqual([
      {
        tag: 'meta',
        attributes: [
          ['content', content],
          ['name', 'robots'],
        ],
        text: '',
      },
    ])
  })

  it('takes the clinic name as the title of metadata without one, as the root layout does', () => {
    expect(parseTags(renderedHead({})).find((tag) => tag.tag === 'title')?.text).toBe(settings.clinicName)
  })

  it.each<[string, Metadata]>([
    ['a field it does not render', { keywords: ['ketamine'] }],
    ['a relative URL, which Next would have resolved against metadataBase', { alternates: { canonical: '/blog' } }],
  ])('throws on %s rather than drop it', (_, metadata) => {
    expect(() => renderedHead(metadata)).toThrow(/PageHead renders only the metadata fields lib\/seo builds/)
  })
})
