import type { NextConfig } from 'next'
import { paths, readingPageSources } from '../navigation/paths'
import { crawlerPaths } from '../seo/crawlerPaths'
import { tags } from '../sanity/tags'
import { DRAFT_MODE_COOKIE } from '../security/securityHeaders'

type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>

/**
 * How long a CDN serves a page without asking the site: the longest a correction takes to reach
 * readers when the webhook's purge fails or is not configured. The site answers these requests
 * from its own ISR cache, so a short lifetime costs a cheap request a minute per page and edge.
 */
export const CDN_FRESH_SECONDS = 60
/**
 * How long after that a CDN may still answer from its copy while it fetches a new one in the
 * background: readers never wait for the site, and after a quiet day a page is fetched afresh.
 */
export const CDN_STALE_SECONDS = 86_400
/** Search results: per query, so a popular one is spared the work, never long enough to matter. */
export const SEARCH_FRESH_SECONDS = 30

/**
 * Browsers revalidate every time (max-age=0, answered with a 304 by ETag); shared caches keep
 * the page for CDN_FRESH_SECONDS and may serve it stale while they refetch.
 */
export const PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${CDN_FRESH_SECONDS}, stale-while-revalidate=${CDN_STALE_SECONDS}`
export const SEARCH_CACHE_CONTROL = `public, max-age=0, s-maxage=${SEARCH_FRESH_SECONDS}`
/** Drafts are one editor's: no cache anywhere may keep them. */
export const DRAFT_CACHE_CONTROL = 'private, no-store'

/**
 * The cache tags each reading page carries, as next.config sources whose `:slug` Next fills in:
 * exactly the tags whose change makes the webhook regenerate that page
 * (lib/sanity/revalidate/pagesForTags.ts), so the CDN purge drops what the webhook refreshes.
 * The settings reach every page.
 */
const READING_PAGE_TAGS = new Map<string, string[]>([
  [paths.home, [tags.articleList, tags.topicList]],
  [paths.blog, [tags.articleList]],
  [`${paths.blog}/page/:page`, [tags.articleList]],
  [paths.article(':slug'), [tags.article(':slug')]],
  [paths.topics, [tags.topicList]],
  [paths.topic(':slug'), [tags.topic(':slug')]],
  [paths.authors, [tags.personList]],
  [paths.author(':slug'), [tags.person(':slug')]],
  [paths.faq, [tags.faqPage]],
  [paths.editorialPolicy, []],
])

/**
 * Feeds and sitemaps, with their tags. Social cards keep Next's own headers: their public address
 * carries a build hash (opengraph-image-<hash>) that these sources do not name.
 */
const FILE_TAGS = new Map<string, string[]>([
  [crawlerPaths.rssFeed, [tags.articleList]],
  [crawlerPaths.atomFeed, [tags.articleList]],
  [crawlerPaths.sitemap, [tags.articleList, tags.topicList, tags.personList]],
  // The parts of a sitemap split into an index (crawlerPaths.sitemapPart), app/sitemaps/[file].
  ['/sitemaps/:file', [tags.articleList, tags.topicList, tags.personList]],
])

function tagsOf(source: string, table: Map<string, string[]>): string[] {
  const own = table.get(source)
  // Thrown while next.config loads, so a new reading page cannot ship untagged (and unpurgeable).
  if (!own) throw new Error(`lib/cdn/cacheHeaders.ts: no cache tags for ${source}`)
  return [...own, tags.settings]
}

/** The tags in both CDNs' forms: Cloudflare's Cache-Tag is comma-separated, Fastly's Surrogate-Key space-separated. */
function tagHeaders(pageTags: string[]) {
  return [
    { key: 'Cache-Tag', value: pageTags.join(',') },
    { key: 'Surrogate-Key', value: pageTags.join(' ') },
  ]
}

const draftCookie = [{ type: 'cookie' as const, key: DRAFT_MODE_COOKIE }]

/**
 * The CDN's cache headers, for next.config.ts `headers()` after the security headers. Next's own
 * Cache-Control for an ISR page (s-maxage=<revalidate>, a year for revalidate false) is written
 * only when a response has none yet, so these rules replace it. Next still replaces them where a
 * response must not be kept: a thrown error, a 500 and draft mode get no-store from Next. A 404 at
 * a reading address (an unknown slug) keeps these headers, since a rule cannot see the status:
 * it is kept CDN_FRESH_SECONDS like a page, and it carries the slug's tag, so publishing that
 * slug purges it (docs/deploy.md).
 * Header rules see the address the browser asked for, before the proxy rewrites a request with
 * draft mode's cookie to the App Router's preview: those answers get DRAFT_CACHE_CONTROL and no
 * tags, whether the cookie is valid or not.
 */
export function cacheHeaders(): HeaderRules {
  const taggedFiles = [...FILE_TAGS.keys()].map((source) => ({
    source,
    headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }, ...tagHeaders(tagsOf(source, FILE_TAGS))],
  }))
  const readingPages = readingPageSources.map((source) => ({
    source,
    missing: draftCookie,
    headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }, ...tagHeaders(tagsOf(source, READING_PAGE_TAGS))],
  }))
  const drafts = [...readingPageSources, paths.search].map((source) => ({
    source,
    has: draftCookie,
    headers: [{ key: 'Cache-Control', value: DRAFT_CACHE_CONTROL }],
  }))
  const search = {
    source: paths.search,
    missing: draftCookie,
    headers: [{ key: 'Cache-Control', value: SEARCH_CACHE_CONTROL }],
  }
  return [...taggedFiles, ...readingPages, search, ...drafts]
}
