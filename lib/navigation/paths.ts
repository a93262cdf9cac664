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
