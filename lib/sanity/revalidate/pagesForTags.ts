import { paths } from '@/lib/navigation/paths'
import { pageCount, pageSlice } from '@/lib/navigation/pagination'
import { crawlerPaths } from '@/lib/seo/crawlerPaths'
import { MAX_URLS_PER_SITEMAP } from '@/lib/seo/sitemap/plan'
import { articleCardPath } from '@/lib/seo/socialCard'
import { readPublished } from '../isPreviewing'
import { getArticleIndex } from '../queries/articleIndex'
import { getArticleSlugs } from '../queries/articleSlugs'
import { getPersonSlugs } from '../queries/people'
import { forgetSiteIndex } from '../queries/siteIndex'
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
  const last = pageCount(total) + 1
  return [paths.blog, ...Array.from({ length: last - 1 }, (_, index) => `/blog/page/${index + 2}`)]
}

/** The sitemap and each of its parts that the lists could fill (one spare, as for the blog pages). */
async function sitemapFiles(listed: number): Promise<string[]> {
  const parts = Math.ceil(listed / MAX_URLS_PER_SITEMAP) + 1
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
    // An article's social card shows the clinic's name too.
    for (const slug of articleSlugs) add(paths.article(slug), articleCardPath(slug))
    for (const slug of topicSlugs) add(paths.topic(slug))
    for (const slug of personSlugs) add(paths.author(slug))
    if (everything) add(paths.faq, paths.editorialPolicy, paths.topics, paths.authors)

    for (const tag of changed) {
      const article = slugOf(tag, tags.article)
      const topic = slugOf(tag, tags.topic)
      const person = slugOf(tag, tags.person)
      if (article !== null) add(paths.article(article), articleCardPath(article))
      if (topic !== null) add(paths.topic(topic))
      if (person !== null) add(paths.author(person))
    }
    const lists = everything || [tags.articleList, tags.topicList, tags.personList].some((tag) => has.has(tag))
    if (everything || has.has(tags.articleList)) {
      add(paths.home, ...(await blogPages()), crawlerPaths.rssFeed, crawlerPaths.atomFeed)
    }
    if (everything || has.has(tags.topicList)) add(paths.home, paths.topics)
    if (everything || has.has(tags.personList)) add(paths.authors)
    if (everything || has.has(tags.faqPage)) add(paths.faq)
    if (lists) {
      const listed = (await Promise.all([getArticleSlugs(), getTopicSlugs(), getPersonSlugs()])).flat().length
      add(...(await sitemapFiles(listed)))
    }
    return [...found].sort()
  })
}

/** Pages regenerated at once: enough to finish a settings change quickly, few enough to keep serving. */
const CONCURRENCY = 4

/**
 * A page whose regeneration has not finished by then counts as failed: Next's res.revalidate waits
 * for an in-process response that some paths never finish (a path no route answers did, on a
 * standalone server), and a webhook that never answers is worse than a 502 Sanity retries.
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
