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
  const articles = [...new Set(Array.from(document.querySelectorAll('a[href^="/blog/"]'), (link) => link.getAttribute('href') ?? ''))]
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

/** The routes as a HAR file, the form in which autocannon's command line takes a mix of requests. */
export function harOf(origin: string, routes: Route[]): string {
  // Each route appears `weight` times, spread out so that no connection asks for one route in a row.
  const rounds = Math.max(...routes.map((route) => route.weight))
  const sequence = Array.from({ length: rounds }, (_, round) => routes.filter((route) => route.weight > round)).flat()
  const entries = sequence.map((route) => ({ request: { method: 'GET', url: `${origin}${route.path}`, headers: [{ name: 'accept', value: 'text/html' }] } }))
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'clinic-blog load test', version: '1' }, entries } })
}
