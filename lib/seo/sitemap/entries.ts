import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages'
import { pathsFor } from '../../navigation/paths'
import { normalizePath } from '../../navigation/legacyPath'
import { ARTICLES_PER_PAGE, pageCount, pageSlice } from '../../navigation/pagination'
import type { SitemapArticle, SitemapContent, SlugDocument } from '../../sanity/queries/sitemap'
import { absoluteUrl } from '../../navigation/siteUrl'
import { latest } from './lastModified'

/** Another language version of the entry's page, for `<xhtml:link rel="alternate" hreflang>`. */
export type SitemapAlternate = { hreflang: string; url: string }
export type SitemapEntry = { url: string; lastModified: string | null; alternates?: SitemapAlternate[] }

/**
 * What an entry is, across languages: entries of different languages with one key are the same
 * page in two languages (the home page, an article and its linked translation…); null for a page
 * with no counterpart (page 3 of one language's list is not page 3 of another's).
 */
type KeyedEntry = SitemapEntry & { language: Language; key: string | null }

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
  return !article.canonicalUrl || article.canonicalUrl === absoluteUrl(pathsFor(article.language).article(article.slug))
}

/**
 * A topic or person page is listed when it lists at least one article; without one it is a
 * thin page (and its metadata says noindex).
 */
function hubEntries<Document extends SlugDocument>(
  documents: Document[],
  articlesOf: (id: string) => SitemapArticle[],
  path: (slug: string) => string,
  key: (document: Document) => string | null,
) {
  return documents.flatMap((document) => {
    const articles = articlesOf(document._id)
    if (articles.length === 0) return []
    return [
      {
        url: absoluteUrl(path(document.slug)),
        lastModified: latest([document._updatedAt, ...articles.map(articleLastModified)]),
        key: key(document),
      },
    ]
  })
}

const translationKey = (group: string | null | undefined) => (group ? `translation:${group}` : null)

/** One language's pages, as sitemapEntries lists them. */
function languageEntries(content: SitemapContent, language: Language, articlesPerPage: number): KeyedEntry[] {
  const pages = pathsFor(language)
  const articles = content.articles.filter((article) => article.language === language)
  const indexable = articles.filter(isIndexable)
  const newest = latest(articles.map(articleLastModified))
  const newestPublication = latest(articles.map((article) => article.publishedAt))

  // Publishing an article moves every later one a page down, so each index page changes then too.
  const blogPages = Array.from({ length: pageCount(articles.length, articlesPerPage) }, (_, index) => {
    const { start, end } = pageSlice(index + 1, articlesPerPage)
    const shown = articles.slice(start, end)
    return {
      url: absoluteUrl(pages.blogPage(index + 1)),
      lastModified: latest([newestPublication, ...shown.map(articleLastModified)]),
      key: index === 0 ? 'blog' : null,
    }
  })

  const byTopic = (id: string) => articles.filter((article) => article.topicIds.includes(id))
  const byPerson = (id: string) => articles.filter((article) => article.authorId === id || article.reviewerId === id)
  const ownTopics = content.topics.filter((topic) => topic.language === language)
  const topics = hubEntries(ownTopics, byTopic, pages.topic, (topic) => translationKey(topic.translationGroup))
  const people = hubEntries(content.people, byPerson, pages.author, (person) => `person:${person._id}`)
  const faqs = content.faqs.filter((faq) => faq.language === language)
  // The FAQ page changes with its questions and with the articles that answer them.
  const faqLastModified = latest([
    ...faqs.map((faq) => faq._updatedAt),
    ...articles.filter((article) => article.hasFaqs).map(articleLastModified),
  ])
  const latestOf = (entries: SitemapEntry[]) => latest(entries.map((entry) => entry.lastModified))

  const entries = [
    { url: absoluteUrl(pages.home), lastModified: newest, key: 'home' },
    ...blogPages,
    ...indexable.map((article) => ({
      url: absoluteUrl(pages.article(article.slug)),
      lastModified: articleLastModified(article),
      key: translationKey(article.translationGroup),
    })),
    ...(topics.length > 0
      ? [{ url: absoluteUrl(pages.topics), lastModified: latestOf(topics), key: 'topics' }, ...topics]
      : []),
    ...(people.length > 0
      ? [{ url: absoluteUrl(pages.authors), lastModified: latestOf(people), key: 'authors' }, ...people]
      : []),
    ...(faqs.length > 0 ? [{ url: absoluteUrl(pages.faq), lastModified: faqLastModified, key: 'faq' }] : []),
    { url: absoluteUrl(pages.editorialPolicy), lastModified: null, key: 'editorialPolicy' },
  ]
  return entries.map((entry) => ({ ...entry, language }))
}

/**
 * Each entry with its language versions among the listed entries: every version names every
 * other (and x-default, the default language's), so the alternates are reciprocal by
 * construction and never name a page the sitemap leaves out.
 */
function withAlternates(entries: KeyedEntry[]): SitemapEntry[] {
  const groups = new Map<string, KeyedEntry[]>()
  for (const entry of entries) if (entry.key) groups.set(entry.key, [...(groups.get(entry.key) ?? []), entry])
  return entries.map(({ key, url, lastModified }) => {
    const entry: SitemapEntry = { url, lastModified }
    const versions = key ? (groups.get(key) ?? []) : []
    if (new Set(versions.map((version) => version.language)).size < 2) return entry
    const fallback = versions.find((version) => version.language === DEFAULT_LANGUAGE)
    const alternates = [
      ...versions.map((version) => ({ hreflang: version.language, url: version.url })),
      ...(fallback ? [{ hreflang: 'x-default', url: fallback.url }] : []),
    ]
    return { ...entry, alternates }
  })
}

/**
 * Every published, indexable page of the site with its last modification, in a stable order:
 * each published language in turn (English first), and within one: home, the blog index pages,
 * articles (newest first), topics, people, the FAQ page, the editorial policy (undated: its text
 * lives in the site settings, which the sitemap does not read). A path an editor declared moved
 * (a redirect source) is left out even if a page still answers it. Pages in several languages
 * carry their alternates (hreflang).
 */
export function sitemapEntries(content: SitemapContent, articlesPerPage = ARTICLES_PER_PAGE): SitemapEntry[] {
  const redirected = new Set(content.redirectSources.map((path) => absoluteUrl(normalizePath(path))))
  const listed = content.languages
    .flatMap((language) => languageEntries(content, language, articlesPerPage))
    .filter((entry) => !redirected.has(entry.url))
  return withAlternates(listed)
}
