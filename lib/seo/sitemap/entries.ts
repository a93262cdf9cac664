import { paths } from '../../navigation/paths'
import { normalizePath } from '../../navigation/legacyPath'
import { ARTICLES_PER_PAGE, pageCount, pageSlice } from '../../navigation/pagination'
import type { SitemapArticle, SitemapContent, SlugDocument } from '../../sanity/queries/sitemap'
import { absoluteUrl } from '../../navigation/siteUrl'
import { latest } from './lastModified'

export type SitemapEntry = { url: string; lastModified: string | null }

/** When the article's page last changed visibly: publication, a substantive update or a medical review. */
export function articleLastModified(article: SitemapArticle): string | null {
  return latest([article.publishedAt, article.updatedAt, article.reviewedAt])
}

/**
 * An article is listed when search engines may index it under its own URL: not hidden with
 * noindex, and not pointing its canonical at another address.
 */
function isIndexable(article: SitemapArticle): boolean {
  if (article.noindex) return false
  return !article.canonicalUrl || article.canonicalUrl === absoluteUrl(paths.article(article.slug))
}

/**
 * A topic or person page is listed when it lists at least one article; without one it is a
 * thin page (and its metadata says noindex).
 */
function hubEntries(
  documents: SlugDocument[],
  articlesOf: (id: string) => SitemapArticle[],
  path: (slug: string) => string,
) {
  return documents.flatMap((document) => {
    const articles = articlesOf(document._id)
    if (articles.length === 0) return []
    return [
      {
        url: absoluteUrl(path(document.slug)),
        lastModified: latest([document._updatedAt, ...articles.map(articleLastModified)]),
      },
    ]
  })
}

/**
 * Every published, indexable page of the site with its last modification, in a stable order:
 * home, the blog index pages, articles (newest first), topics, people, the FAQ page, the editorial
 * policy (undated: its text lives in the site settings, which the sitemap does not read).
 * A path an editor declared moved (a redirect source) is left out even if a page still answers it.
 */
export function sitemapEntries(content: SitemapContent, articlesPerPage = ARTICLES_PER_PAGE): SitemapEntry[] {
  const indexable = content.articles.filter(isIndexable)
  const newest = latest(content.articles.map(articleLastModified))
  const newestPublication = latest(content.articles.map((article) => article.publishedAt))

  // Publishing an article moves every later one a page down, so each index page changes then too.
  const blogPages = Array.from({ length: pageCount(content.articles.length, articlesPerPage) }, (_, index) => {
    const { start, end } = pageSlice(index + 1, articlesPerPage)
    const shown = content.articles.slice(start, end)
    return {
      url: absoluteUrl(paths.blogPage(index + 1)),
      lastModified: latest([newestPublication, ...shown.map(articleLastModified)]),
    }
  })

  const byTopic = (id: string) => content.articles.filter((article) => article.topicIds.includes(id))
  const byPerson = (id: string) =>
    content.articles.filter((article) => article.authorId === id || article.reviewerId === id)
  const topics = hubEntries(content.topics, byTopic, paths.topic)
  const people = hubEntries(content.people, byPerson, paths.author)
  // The FAQ page changes with its questions and with the articles that answer them.
  const faqLastModified = latest([
    ...content.faqs.map((faq) => faq._updatedAt),
    ...content.articles.filter((article) => article.hasFaqs).map(articleLastModified),
  ])
  const latestOf = (entries: SitemapEntry[]) => latest(entries.map((entry) => entry.lastModified))

  const entries: SitemapEntry[] = [
    { url: absoluteUrl(paths.home), lastModified: newest },
    ...blogPages,
    ...indexable.map((article) => ({
      url: absoluteUrl(paths.article(article.slug)),
      lastModified: articleLastModified(article),
    })),
    ...(topics.length > 0 ? [{ url: absoluteUrl(paths.topics), lastModified: latestOf(topics) }, ...topics] : []),
    ...(people.length > 0 ? [{ url: absoluteUrl(paths.authors), lastModified: latestOf(people) }, ...people] : []),
    ...(content.faqs.length > 0 ? [{ url: absoluteUrl(paths.faq), lastModified: faqLastModified }] : []),
    { url: absoluteUrl(paths.editorialPolicy), lastModified: null },
  ]

  const redirected = new Set(content.redirectSources.map((path) => absoluteUrl(normalizePath(path))))
  return entries.filter((entry) => !redirected.has(entry.url))
}
