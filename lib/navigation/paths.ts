// Every internal URL the site links to is built here, so a route can move in one place.

export const paths = {
  home: '/',
  blog: '/blog',
  /** Page 1 of the index is /blog itself: one URL per page. */
  blogPage: (page: number) => (page <= 1 ? '/blog' : `/blog?page=${page}`),
  article: (slug: string) => `/blog/${slug}`,
  topics: '/topics',
  topic: (slug: string) => `/topics/${slug}`,
  authors: '/authors',
  author: (slug: string) => `/authors/${slug}`,
  faq: '/faq',
  search: '/search',
  editorialPolicy: '/editorial-policy',
  /** Where the proxy sends a reading page's request that carries draft mode's cookie (App Router). */
  preview: '/preview',
} as const

/**
 * The addresses the Pages Router's reading pages answer (pages/), as next.config sources: the one
 * list the proxy, the security headers and the CDN headers read. /blog?page=N is matched by /blog
 * (header rules never see the query string) and answered by /blog/page/N.
 */
export const readingPageSources = [
  paths.home,
  paths.blog,
  `${paths.blog}/page/:page`,
  paths.article(':slug'),
  paths.topics,
  paths.topic(':slug'),
  paths.authors,
  paths.author(':slug'),
  paths.faq,
  paths.editorialPolicy,
]

const readingPagePatterns = readingPageSources.map((source) => new RegExp(`^${source.replace(/:[a-z]+/g, '[^/]+')}/?$`))

/** Whether a request path is one the Pages Router's reading pages answer. */
export function isReadingPath(pathname: string): boolean {
  return readingPagePatterns.some((pattern) => pattern.test(pathname))
}
