import { parseHTML } from 'linkedom'

export type Fetched = {
  path: string
  /** 'rsc' for the React Server Components payload of a page (requested with `RSC: 1`). */
  kind: 'document' | 'rsc'
  status: number
  headers: Headers
  body: string
}

const LINKED = ['a[href]', 'link[href]', 'script[src]', 'img[src]', 'form[action]']

function sameOriginPath(href: string, origin: string, from: string): string | null {
  try {
    const url = new URL(href, `${origin}${from}`)
    return url.origin === origin ? `${url.pathname}${url.search}` : null
  } catch {
    return null
  }
}

function linksOf(response: Fetched, origin: string): string[] {
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('html')) {
    const { document } = parseHTML(response.body)
    return LINKED.flatMap((selector) =>
      Array.from(
        document.querySelectorAll(selector),
        (element) => element.getAttribute(selector.slice(selector.indexOf('[') + 1, -1)) ?? '',
      ),
    ).flatMap((href) => sameOriginPath(href, origin, response.path) ?? [])
  }
  if (type.includes('xml'))
    return [...response.body.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(
      (match) => sameOriginPath(match[1] ?? '', origin, '/') ?? [],
    )
  return []
}

async function get(origin: string, path: string, kind: Fetched['kind'], cookie: string | undefined): Promise<Fetched> {
  const headers: Record<string, string> = kind === 'rsc' ? { RSC: '1' } : {}
  if (cookie) headers.cookie = cookie
  const response = await fetch(`${origin}${path}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(60_000) })
  return { path, kind, status: response.status, headers: response.headers, body: await response.text() }
}

/**
 * Every page reachable from `start` on the site (links, sitemap entries, redirects), each as a
 * document and, for HTML pages, as its RSC payload. Static assets under /_next/static are read
 * from disk by the caller, so they are not fetched here.
 */
export async function crawl(
  origin: string,
  start: string[],
  { cookie, limit = 600 }: { cookie?: string; limit?: number } = {},
): Promise<Fetched[]> {
  const seen = new Set<string>()
  const queue = [...start]
  const fetched: Fetched[] = []
  while (queue.length > 0 && seen.size < limit) {
    const path = queue.shift() as string
    if (seen.has(path) || path.startsWith('/_next/static/')) continue
    seen.add(path)
    const document = await get(origin, path, 'document', cookie)
    fetched.push(document)
    if ((document.headers.get('content-type') ?? '').includes('html'))
      fetched.push(await get(origin, path, 'rsc', cookie))
    const location = document.headers.get('location')
    if (location) queue.push(...[sameOriginPath(location, origin, path) ?? []].flat())
    queue.push(...linksOf(document, origin))
  }
  return fetched
}
