// Every internal URL the site links to is built here, so a route can move in one place.

import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../i18n/languages'

/** The addresses of one language's pages: English ones have no prefix, others start with /<language>. */
function pagePaths(prefix: string) {
  return {
    home: prefix || '/',
    blog: `${prefix}/blog`,
    /** Page 1 of the index is /blog itself: one URL per page. */
    blogPage: (page: number) => (page <= 1 ? `${prefix}/blog` : `${prefix}/blog?page=${page}`),
    article: (slug: string) => `${prefix}/blog/${slug}`,
    topics: `${prefix}/topics`,
    topic: (slug: string) => `${prefix}/topics/${slug}`,
    authors: `${prefix}/authors`,
    author: (slug: string) => `${prefix}/authors/${slug}`,
    faq: `${prefix}/faq`,
    search: `${prefix}/search`,
    editorialPolicy: `${prefix}/editorial-policy`,
  }
}

export type PagePaths = ReturnType<typeof pagePaths>

const PATHS_BY_LANGUAGE = Object.fromEntries(
  LANGUAGES.map((language) => [language, pagePaths(language === DEFAULT_LANGUAGE ? '' : `/${language}`)]),
) as Record<Language, PagePaths>

/** The pages of one language (lib/i18n/languages.ts). */
export function pathsFor(language: Language): PagePaths {
  return PATHS_BY_LANGUAGE[language]
}

/** The language a path's pages are in: /es/... is Spanish, anything else English. */
export function languageOfPath(pathname: string): Language {
  const first = pathname.split('/')[1]
  return isLanguage(first) && first !== DEFAULT_LANGUAGE ? first : DEFAULT_LANGUAGE
}

export const paths = {
  ...PATHS_BY_LANGUAGE[DEFAULT_LANGUAGE],
  /** Where the proxy sends a reading page's request that carries draft mode's cookie (App Router). */
  preview: '/preview',
}

/**
 * The addresses the Pages Router's reading pages answer (pages/), as next.config sources: the one
 * list the proxy, the security headers and the CDN headers read. /blog?page=N is matched by /blog
 * (header rules never see the query string) and answered by /blog/page/N.
 */
export const readingPageSources = LANGUAGES.flatMap((language) => {
  const pages = pathsFor(language)
  return [
    pages.home,
    pages.blog,
    `${pages.blog}/page/:page`,
    pages.article(':slug'),
    pages.topics,
    pages.topic(':slug'),
    pages.authors,
    pages.author(':slug'),
    pages.faq,
    pages.editorialPolicy,
  ]
})

const readingPagePatterns = readingPageSources.map((source) => new RegExp(`^${source.replace(/:[a-z]+/g, '[^/]+')}/?$`))

/** Whether a request path is one the Pages Router's reading pages answer. */
export function isReadingPath(pathname: string): boolean {
  return readingPagePatterns.some((pattern) => pattern.test(pathname))
}
