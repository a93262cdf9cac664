import { parseHTML } from 'linkedom'

export type Route = { path: string; kind: 'article' | 'index' | 'search' | 'not found'; status: number; weight: number }

const ARTICLES = 5

/**
 * The mix the load test sends, weighted the way a clinic blog is read: mostly articles (readers
 * arrive on them from search engines), then the home page, the blog index, a search, and pages
 * that do not exist. Articles are the ones on the blog index, so any build's content works.
 */
export async function loadRoutes(origin: string): Promise<Route[]> {
  const index = await fetch(`${origin}/blog`)
  if (index.status !== 200) throw new Error(`/blog answered ${index.status}; is the build healthy?`)
  const { document } = parseHTML(await index.text())
  const articles = [
    ...new Set(Array.from(document.querySelectorAll('a[href^="/blog/"]'), (link) => link.getAttribute('href') ?? '')),
  ]
    .filter((href) => /^\/blog\/[a-z0-9-]+$/.test(href))
    .slice(0, ARTICLES)
  if (articles.length === 0) throw new Error('no article links on /blog')
  return [
    ...articles.map((path): Route => ({ path, kind: 'article', status: 200, weight: 2 })),
    { path: '/', kind: 'index', status: 200, weight: 3 },
    { path: '/blog', kind: 'index', status: 200, weight: 1 },
    { path: '/search?q=ketamine', kind: 'search', status: 200, weight: 1 },
    { path: '/blog/no-such-article', kind: 'not found', status: 404, weight: 2 },
    { path: '/no-such-page', kind: 'not found', status: 404, weight: 1 },
  ]
}

/** Every route's path, repeated by its weight: the pool each request draws from. */
export function weightedPaths(routes: Route[]): string[] {
  return routes.flatMap((route) => Array.from({ length: route.weight }, () => route.path))
}
