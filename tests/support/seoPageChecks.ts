import { parseHTML } from 'linkedom'
import { checkStructuredData } from './structuredData'
import { LANGUAGES } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export type PageKind = 'article' | 'profile' | 'collection' | 'faq' | 'search' | 'page'

export type PageExpectation = {
  /** The page's canonical URL, as the sitemap lists it. */
  url: string
  kind: PageKind
  indexable: boolean
}

export type PageReport = { problems: string[]; ogImage: string | null }

type Node = Record<string, unknown>

/** Which checks a page's kind calls for: the schema.org types its graph must hold. */
const REQUIRED_TYPES: Record<PageKind, string[]> = {
  article: ['WebSite', 'MedicalClinic', 'MedicalWebPage', 'BlogPosting', 'BreadcrumbList'],
  profile: ['WebSite', 'MedicalClinic', 'ProfilePage', 'Person', 'BreadcrumbList'],
  collection: ['WebSite', 'MedicalClinic', 'CollectionPage'],
  faq: ['WebSite', 'MedicalClinic', 'WebPage', 'FAQPage', 'BreadcrumbList'],
  search: ['WebSite', 'MedicalClinic', 'SearchResultsPage', 'BreadcrumbList'],
  // A page of prose about the clinic (the editorial policy).
  page: ['WebSite', 'MedicalClinic', 'WebPage', 'BreadcrumbList'],
}

/**
 * Everything a page tells search engines, checked against what it shows: metadata, canonical,
 * robots, Open Graph and Twitter tags, and one JSON-LD graph whose breadcrumbs and FAQs are the
 * visible ones.
 */
export function checkPage(html: string, expected: PageExpectation): PageReport {
  const { document } = parseHTML(html)
  const problems: string[] = []
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() ?? ''
  const origin = new URL(expected.url).origin

  if (!document.documentElement.getAttribute('lang')) problems.push('<html> has no lang')
  if (!document.querySelector('title')?.textContent?.trim()) problems.push('no <title>')
  if (!meta('meta[name="description"]')) problems.push('no meta description')
  // Next writes the root URL without its slash; "https://x.example" and "https://x.example/" are one URL.
  const same = (url: string | null | undefined) =>
    Boolean(url && URL.canParse(url) && new URL(url).href === new URL(expected.url).href)
  const canonicals = [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href'))
  if (canonicals.length !== 1 || !same(canonicals[0]))
    problems.push(`canonical is ${JSON.stringify(canonicals)}, expected ${expected.url}`)

  const robots = meta('meta[name="robots"]')
  if (expected.indexable) {
    if (
      !/(^|,\s*)index(,|$)/.test(robots) ||
      !robots.includes('follow') ||
      !robots.includes('max-image-preview:large')
    ) {
      problems.push(`robots "${robots}" is not index, follow, max-image-preview:large`)
    }
  } else if (!robots.includes('noindex')) problems.push(`robots "${robots}" lacks noindex`)

  for (const property of ['og:title', 'og:description', 'og:url', 'og:site_name', 'og:type', 'og:locale']) {
    if (!meta(`meta[property="${property}"]`)) problems.push(`no ${property}`)
  }
  if (!same(meta('meta[property="og:url"]'))) problems.push(`og:url is ${meta('meta[property="og:url"]')}`)
  if (meta('meta[name="twitter:card"]') !== 'summary_large_image')
    problems.push('twitter:card is not summary_large_image')
  for (const type of ['application/rss+xml', 'application/atom+xml']) {
    const href = document.querySelector(`link[rel="alternate"][type="${type}"]`)?.getAttribute('href') ?? ''
    if (!href.startsWith(origin)) problems.push(`no absolute ${type} feed link`)
  }

  const ogImage = meta('meta[property="og:image"]') || null
  if (expected.kind === 'article') {
    if (meta('meta[property="og:type"]') !== 'article') problems.push('og:type is not article')
    for (const property of [
      'article:published_time',
      'article:modified_time',
      'article:author',
      'article:section',
      'article:tag',
      'og:image:width',
      'og:image:height',
      'og:image:alt',
    ]) {
      if (!meta(`meta[property="${property}"]`)) problems.push(`no ${property}`)
    }
    if (!ogImage?.startsWith(origin) && !ogImage?.startsWith('https://'))
      problems.push(`og:image ${ogImage} is not absolute`)
    if (!meta('meta[name="author"]')) problems.push('no meta author')
  }

  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')]
  if (scripts.length !== 1) {
    problems.push(`${scripts.length} JSON-LD blocks, expected one @graph`)
    return { problems, ogImage }
  }
  let data: unknown
  try {
    data = JSON.parse(scripts[0]?.textContent ?? '')
  } catch (error) {
    problems.push(`JSON-LD does not parse: ${(error as Error).message}`)
    return { problems, ogImage }
  }
  const report = checkStructuredData(data)
  problems.push(...report.problems.map((problem) => `JSON-LD: ${problem}`))
  for (const type of REQUIRED_TYPES[expected.kind])
    if (!report.types.includes(type)) problems.push(`JSON-LD has no ${type}`)

  const page = report.nodes.find((node) => typeof node['@id'] === 'string' && node['@id'] === `${expected.url}#webpage`)
  if (!page) problems.push(`JSON-LD has no page node ${expected.url}#webpage`)

  // The breadcrumbs the reader sees and the BreadcrumbList are the same trail.
  // Its label is in the page's language.
  const trailNav = LANGUAGES.map((language) => `nav[aria-label="${messages(language).breadcrumbs.label}"] a`).join(', ')
  const visibleTrail = [...document.querySelectorAll(trailNav)].map((link) => ({
    name: link.textContent?.trim() ?? '',
    item: new URL(link.getAttribute('href') ?? '', origin).href,
  }))
  const list = report.nodes.find((node) => node['@type'] === 'BreadcrumbList')
  const listed = ((list?.itemListElement as Node[] | undefined) ?? []).map((item) => ({
    name: item.name,
    item: item.item,
  }))
  if (JSON.stringify(listed) !== JSON.stringify(visibleTrail)) {
    problems.push(
      `BreadcrumbList ${JSON.stringify(listed)} differs from the visible trail ${JSON.stringify(visibleTrail)}`,
    )
  }

  // The FAQPage holds exactly the questions the page shows.
  const visibleQuestions = [...document.querySelectorAll('details > summary')]
    .map((summary) => summary.textContent?.trim() ?? '')
    .filter((text) => text.endsWith('?'))
  const faq = report.nodes.find((node) => node['@type'] === 'FAQPage')
  const marked = ((faq?.mainEntity as Node[] | undefined) ?? []).map((question) => String(question.name))
  if (JSON.stringify([...marked].sort()) !== JSON.stringify([...new Set(visibleQuestions)].sort())) {
    problems.push(
      `FAQPage questions ${JSON.stringify(marked)} differ from the visible ones ${JSON.stringify(visibleQuestions)}`,
    )
  }
  return { problems, ogImage }
}
