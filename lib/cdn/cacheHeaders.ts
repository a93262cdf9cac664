import type { NextConfig } from 'next'
import { LANGUAGES } from '../i18n/languages'
import { pathsFor, readingPageSources } from '../navigation/paths'
import { crawlerPaths } from '../seo/crawlerPaths'
import { tags } from '../sanity/tags'
import { DRAFT_MODE_COOKIE } from '../security/securityHeaders'

type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>

/**
 * How long a CDN serves a page without asking the site: the longest a correction takes to reach
 * readers when the webhook's purge fails or is not configured. It is the reading pages' ISR
 * `revalidate` (routes/pageData.ts) and the feeds' and sitemaps' (their route files repeat it as a
 * literal, which Next requires), from which Next writes `s-maxage`; the site answers the CDN's
 * requests from its own cache and regenerates a page at most once in that time.
 */
export const CDN_FRESH_SECONDS = 60
/**
 * How long after that a CDN may still answer from its copy while it fetches a new one in the
 * background: readers never wait for the site, and after a quiet day a page is fetched afresh.
 * next.config's `expireTime` is CDN_FRESH_SECONDS + this, from which Next writes
 * `stale-while-revalidate`.
 */
export const CDN_STALE_SECONDS = 86_400
/** Drafts are one editor's: no cache anywhere may keep them. */
export const DRAFT_CACHE_CONTROL = 'private, no-store'

/**
 * The cache tags each reading page carries, as next.config sources whose `:slug` Next fills in:
 * exactly the tags whose change makes the webhook regenerate that page
 * (lib/sanity/revalidate/pagesForTags.ts), so the CDN purge drops what the webhook refreshes.
 * The settings reach every page.
 */
const READING_PAGE_TAGS = new Map<string, string[]>(
  LANGUAGES.map(pathsFor).flatMap((pages): [string, string[]][] => [
    [pages.home, [tags.articleList, tags.topicList]],
    [pages.blog, [tags.articleList]],
    [`${pages.blog}/page/:page`, [tags.articleList]],
    [pages.article(':slug'), [tags.article(':slug')]],
    [pages.topics, [tags.topicList]],
    [pages.topic(':slug'), [tags.topic(':slug')]],
    [pages.authors, [tags.personList]],
    [pages.author(':slug'), [tags.person(':slug')]],
    [pages.faq, [tags.faqPage]],
    [pages.editorialPolicy, []],
  ]),
)

/**
 * Feeds and sitemaps, with their tags. Social cards keep Next's own headers: their public address
 * carries a build hash (opengraph-image-<hash>) that these sources do not name.
 */
const FILE_TAGS = new Map<string, string[]>([
  // Each language's feeds and llms.txt list its articles (llms.txt also the settings, on every file).
  ...LANGUAGES.flatMap((language): [string, string[]][] => [
    [crawlerPaths.feeds(language).rss, [tags.articleList]],
    [crawlerPaths.feeds(language).atom, [tags.articleList]],
    [crawlerPaths.llmsTxt(language), [tags.articleList]],
  ]),
  [crawlerPaths.sitemap, [tags.articleList, tags.topicList, tags.personList, tags.translationLinks]],
  // The parts of a sitemap split into an index (crawlerPaths.sitemapPart), app/sitemaps/[file].
  ['/sitemaps/:file', [tags.articleList, tags.topicList, tags.personList, tags.translationLinks]],
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
 * The CDN's headers, for next.config.ts `headers()` after the security headers: each page's cache
 * tags, so a purge by tag drops exactly what the webhook regenerates. Cache-Control itself is
 * Next's: `s-maxage=CDN_FRESH_SECONDS, stale-while-revalidate=CDN_STALE_SECONDS` on a page or feed
 * it served from its cache, no-store on an error, a draft or a search. (A header rule setting
 * Cache-Control would replace Next's on every answer at the address, errors and 500s included:
 * a rule cannot see the status.)
 * Header rules see the address the browser asked for, before the proxy rewrites a request with
 * draft mode's cookie to the App Router's preview: those answers get DRAFT_CACHE_CONTROL and no
 * tags, whether the cookie is valid or not.
 */
export function cacheHeaders(): HeaderRules {
  const taggedFiles = [...FILE_TAGS.keys()].map((source) => ({
    source,
    headers: tagHeaders(tagsOf(source, FILE_TAGS)),
  }))
  const readingPages = readingPageSources.map((source) => ({
    source,
    missing: draftCookie,
    headers: tagHeaders(tagsOf(source, READING_PAGE_TAGS)),
  }))
  const drafts = [...readingPageSources, ...LANGUAGES.map((language) => pathsFor(language).search)].map((source) => ({
    source,
    has: draftCookie,
    headers: [{ key: 'Cache-Control', value: DRAFT_CACHE_CONTROL }],
  }))
  return [...taggedFiles, ...readingPages, ...drafts]
}
