import type { Language } from '@/lib/i18n/languages'
import { isReadingPath, pathsFor } from '@/lib/navigation/paths'
import { pageCount, pageSlice } from '@/lib/navigation/pagination'
import { crawlerPaths } from '@/lib/seo/crawlerPaths'
import { sitemapEntries } from '@/lib/seo/sitemap/entries'
import { needsIndex, sitemapParts } from '@/lib/seo/sitemap/plan'
import { articleCardPath } from '@/lib/seo/socialCard'
import { readPublished } from '../isPreviewing'
import { getArticleIndex } from '../queries/articleIndex'
import { getArticleSlugs } from '../queries/articleSlugs'
import { getPersonSlugs } from '../queries/people'
import { getSettings } from '../queries/settings'
import { forgetSiteIndex } from '../queries/siteIndex'
import { getSitemapContent } from '../queries/sitemap'
import { getTopicSlugs } from '../queries/topics'
import { tags } from '../tags'

/** The one slug a slug tag names (`article:<slug>` and the like), or null for another tag. */
function slugOf(tag: string, tagFor: (slug: string) => string): string | null {
  const prefix = tagFor('')
  return tag.startsWith(prefix) ? tag.slice(prefix.length) : null
}

/**
 * The pages of one language's blog index, as the Pages Router stores them: /blog, then
 * /blog/page/N for /blog?page=N (proxy.ts). One more than exist, so a page an unpublished article
 * emptied is regenerated (into its 404) too.
 */
async function blogPages(language: Language): Promise<string[]> {
  const { start, end } = pageSlice(1)
  const { total } = await getArticleIndex(start, end, language)
  return Array.from({ length: pageCount(total) + 1 }, (_, index) => blogPage(language, index + 1))
}

/** Page N of a language's blog index, where the Pages Router stores it. */
const blogPage = (language: Language, page: number) =>
  page === 1 ? pathsFor(language).blog : `${pathsFor(language).blog}/page/${page}`

/**
 * The sitemap and the parts it is split into now. Only parts that exist: a route handler is
 * regenerated whether or not it was generated (see regenerationOptions), and a part that no longer
 * exists answers 404 once its cache lifetime ends; the index stops naming it at once.
 */
async function sitemapFiles(): Promise<string[]> {
  const entries = sitemapEntries(await getSitemapContent())
  const parts = needsIndex(entries) ? sitemapParts(entries).length : 0
  return [crawlerPaths.sitemap, ...Array.from({ length: parts }, (_, index) => crawlerPaths.sitemapPart(index + 1))]
}

/** A language's files listing its articles: feeds and llms.txt (route handlers, regenerated always). */
const listFiles = (language: Language) => {
  const feeds = crawlerPaths.feeds(language)
  return [feeds.rss, feeds.atom, crawlerPaths.llmsTxt(language)]
}

/**
 * One language's cached pages (and files) that show what the cache tags name. Tags carry no
 * language: a slug tag names the page of that slug in every language, and a reading page that was
 * never generated (no article of that slug in that language) is skipped by the caller.
 */
async function pagesInLanguage(language: Language, changed: string[]): Promise<string[]> {
  const pages = pathsFor(language)
  const found = new Set<string>()
  const add = (...paths: string[]) => paths.forEach((page) => found.add(page))
  const has = new Set(changed)
  const everything = has.has(tags.settings)
  const [allArticles, topicSlugs, personSlugs] = everything
    ? await Promise.all([getArticleSlugs(language), getTopicSlugs(language), getPersonSlugs()])
    : [[], [], []]
  // Social cards show the clinic's name too, but redrawing every card of an archive for a rare
  // change costs an image render each: they follow within their cache lifetime instead.
  for (const slug of allArticles) add(pages.article(slug))
  for (const slug of topicSlugs) add(pages.topic(slug))
  for (const slug of personSlugs) add(pages.author(slug))
  // The settings also hold llms.txt's clinic details and editorial policy.
  if (everything) add(pages.faq, pages.editorialPolicy, pages.topics, pages.authors, crawlerPaths.llmsTxt(language))

  // An edit that keeps an article's place in the list: the blog page showing it (the home page
  // shows the start of page 1), the feeds and llms.txt, and the sitemaps (its date of change).
  const listPages = changed.flatMap((tag) => {
    const page = Number(slugOf(tag, tags.articleListPage) ?? NaN)
    return Number.isInteger(page) && page > 0 ? [page] : []
  })
  for (const page of listPages) add(blogPage(language, page), ...(page === 1 ? [pages.home] : []))
  if (listPages.length > 0) add(...listFiles(language))

  for (const tag of changed) {
    const article = slugOf(tag, tags.article)
    const card = slugOf(tag, tags.articleCard)
    const topic = slugOf(tag, tags.topic)
    const person = slugOf(tag, tags.person)
    if (article !== null) add(pages.article(article))
    // A card is a route handler, regenerated whether it was generated or not: the card of a
    // language with no article of that slug answers 404, which regeneratePage accepts.
    if (card !== null) add(articleCardPath(card, language))
    if (topic !== null) add(pages.topic(topic))
    if (person !== null) add(pages.author(person))
  }
  if (everything || has.has(tags.articleList)) add(pages.home, ...(await blogPages(language)), ...listFiles(language))
  if (everything || has.has(tags.topicList)) add(pages.home, pages.topics)
  if (everything || has.has(tags.personList)) add(pages.authors)
  if (everything || has.has(tags.faqPage)) add(pages.faq)
  return [...found]
}

/**
 * The cached pages (and feeds) that show what the cache tags name, in every published language:
 * the webhook regenerates these by path, the one way to reach the Pages Router's static pages. A
 * list tag reaches every page of the list and the files listing it; the settings reach every
 * page, since every page's chrome shows them. Pages never generated are skipped by the caller
 * (they are built on first request).
 */
export async function pagesForTags(changed: string[]): Promise<string[]> {
  return readPublished(async () => {
    const has = new Set(changed)
    const found = new Set<string>()
    for (const language of (await getSettings()).languages)
      for (const page of await pagesInLanguage(language, changed)) found.add(page)
    const lists =
      has.has(tags.settings) ||
      changed.some((tag) => slugOf(tag, tags.articleListPage) !== null) ||
      [tags.articleList, tags.topicList, tags.personList, tags.translationLinks].some((tag) => has.has(tag))
    if (lists) for (const file of await sitemapFiles()) found.add(file)
    return [...found].sort()
  })
}

/** Pages regenerated at once: enough to finish a settings change quickly, few enough to keep serving. */
const CONCURRENCY = 4

type RevalidateOptions = { unstable_onlyGenerated?: boolean }

/**
 * How Next's res.revalidate is asked to regenerate a page. A reading page (Pages Router) only if it
 * was generated: the others are built on first request. A route handler (social card, feed,
 * sitemap) always: asked only-if-generated with no cache entry, Next 16.4 throws "app-route
 * received invalid cache entry" and its in-process response never finishes, and with Redis the
 * build's own files are not entries. pagesForTags names only handlers that exist.
 */
function regenerationOptions(page: string): RevalidateOptions {
  return isReadingPath(page) ? { unstable_onlyGenerated: true } : {}
}

/**
 * Regenerates one page with Next's res.revalidate, asked as above. A route handler answering 404 has
 * nothing left to regenerate (the card of an article no longer listed), which is no failure.
 */
export async function regeneratePage(
  page: string,
  revalidate: (page: string, options: RevalidateOptions) => Promise<void>,
): Promise<void> {
  try {
    await revalidate(page, regenerationOptions(page))
  } catch (error) {
    if (!(error instanceof Error && / 404$/.test(error.message) && !isReadingPath(page))) throw error
  }
}

/**
 * A page whose regeneration has not finished by then counts as failed: Next's res.revalidate waits
 * for an in-process response that some paths have never finished (above), and a webhook that never
 * answers is worse than a 502 Sanity retries.
 */
export const PAGE_REGENERATION_TIMEOUT_MS = 20_000

function withinTime(work: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not regenerated within ${timeoutMs / 1000} s`)), timeoutMs)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Regenerates every generated page the tags name with `regenerate` (Next's res.revalidate, told
 * to skip pages never generated), resolving with those pages; rejects naming every page that
 * failed, after trying them all, so one failure does not leave the rest stale.
 */
export async function regeneratePagesFor(
  changed: string[],
  regenerate: (page: string) => Promise<void>,
  timeoutMs = PAGE_REGENERATION_TIMEOUT_MS,
): Promise<string[]> {
  // The pages regenerated below, and the next 404s, must see what was just published.
  forgetSiteIndex()
  const pages = await pagesForTags(changed)
  const failed: string[] = []
  let next = 0
  async function worker(): Promise<void> {
    while (next < pages.length) {
      const page = pages[next++] as string
      await withinTime(regenerate(page), timeoutMs).catch((error: Error) => failed.push(`${page} (${error.message})`))
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pages.length) }, worker))
  if (failed.length > 0) throw new Error(`could not regenerate ${failed.join(', ')}`)
  return pages
}
