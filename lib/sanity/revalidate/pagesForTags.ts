import { isReadingPath, paths } from '@/lib/navigation/paths'
import { pageCount, pageSlice } from '@/lib/navigation/pagination'
import { crawlerPaths } from '@/lib/seo/crawlerPaths'
import { sitemapEntries } from '@/lib/seo/sitemap/entries'
import { needsIndex, sitemapParts } from '@/lib/seo/sitemap/plan'
import { articleCardPath } from '@/lib/seo/socialCard'
import { readPublished } from '../isPreviewing'
import { getArticleIndex } from '../queries/articleIndex'
import { getArticleSlugs } from '../queries/articleSlugs'
import { getPersonSlugs } from '../queries/people'
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
 * The pages of the blog index, as the Pages Router stores them: /blog, then /blog/page/N for
 * /blog?page=N (proxy.ts). One more than exist, so a page an unpublished article emptied is
 * regenerated (into its 404) too.
 */
async function blogPages(): Promise<string[]> {
  const { start, end } = pageSlice(1)
  const { total } = await getArticleIndex(start, end)
  return Array.from({ length: pageCount(total) + 1 }, (_, index) => blogPage(index + 1))
}

/** Page N of the blog index, where the Pages Router stores it. */
const blogPage = (page: number) => (page === 1 ? paths.blog : `${paths.blog}/page/${page}`)

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

/**
 * The cached pages (and feeds) that show what the cache tags name: the webhook regenerates these
 * by path, the one way to reach the Pages Router's static pages. A list tag reaches every page of
 * the list and the files listing it; the settings reach every page, since every page's chrome
 * shows them. Pages never generated are skipped by the caller (they are built on first request).
 */
export async function pagesForTags(changed: string[]): Promise<string[]> {
  return readPublished(async () => {
    const found = new Set<string>()
    const add = (...pages: string[]) => pages.forEach((page) => found.add(page))
    const has = new Set(changed)
    const everything = has.has(tags.settings)
    const [articleSlugs, topicSlugs, personSlugs] = everything
      ? await Promise.all([getArticleSlugs(), getTopicSlugs(), getPersonSlugs()])
      : [[], [], []]
    // Social cards show the clinic's name too, but redrawing every card of an archive for a rare
    // change costs an image render each: they follow within their cache lifetime instead.
    for (const slug of articleSlugs) add(paths.article(slug))
    for (const slug of topicSlugs) add(paths.topic(slug))
    for (const slug of personSlugs) add(paths.author(slug))
    if (everything) add(paths.faq, paths.editorialPolicy, paths.topics, paths.authors)

    // An edit that keeps an article's place in the list: the blog page showing it (the home page
    // shows the start of page 1), the feeds, and the sitemaps (its date of change).
    const listPages = changed.flatMap((tag) => {
      const page = Number(slugOf(tag, tags.articleListPage) ?? NaN)
      return Number.isInteger(page) && page > 0 ? [page] : []
    })
    for (const page of listPages) add(blogPage(page), ...(page === 1 ? [paths.home] : []))
    if (listPages.length > 0) add(crawlerPaths.rssFeed, crawlerPaths.atomFeed)

    for (const tag of changed) {
      const article = slugOf(tag, tags.article)
      const card = slugOf(tag, tags.articleCard)
      const topic = slugOf(tag, tags.topic)
      const person = slugOf(tag, tags.person)
      if (article !== null) add(paths.article(article))
      if (card !== null) add(articleCardPath(card))
      if (topic !== null) add(paths.topic(topic))
      if (person !== null) add(paths.author(person))
    }
    const lists =
      everything ||
      listPages.length > 0 ||
      [tags.articleList, tags.topicList, tags.personList].some((tag) => has.has(tag))
    if (everything || has.has(tags.articleList)) {
      add(paths.home, ...(await blogPages()), crawlerPaths.rssFeed, crawlerPaths.atomFeed)
    }
    if (everything || has.has(tags.topicList)) add(paths.home, paths.topics)
    if (everything || has.has(tags.personList)) add(paths.authors)
    if (everything || has.has(tags.faqPage)) add(paths.faq)
    if (lists) add(...(await sitemapFiles()))
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
