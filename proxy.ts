import { NextResponse, type NextRequest } from 'next/server'
import { parsePageParam } from './lib/navigation/pagination'
import { LANGUAGES } from './lib/i18n/languages'
import { isReadingPath, paths, pathsFor } from './lib/navigation/paths'
import { wordpressQueryRewritePath, wordpressQuerySource } from './lib/navigation/wordpressQuery'
import { clientAddress } from './lib/security/clientAddress'
import { DRAFT_MODE_COOKIE } from './lib/security/securityHeaders'
import { createTokenBuckets } from './lib/security/tokenBucket'

/**
 * Searches a client may run at once, then per second. A reader types a search every few
 * seconds at most; a script asking for thousands gets 429 instead of costing the server a
 * search each.
 */
export const SEARCH_RATE_LIMIT = { capacity: 30, refillPerSecond: 1, maxClients: 10_000 }

// In memory, per server instance: with N instances a client gets N times the rate, which still
// bounds what one client costs each instance (the point: a search is the one page whose work
// grows with what the visitor sends). No shared store is needed for that, and none can fail. The
// map is bounded (maxClients), so distinct or forged addresses cannot grow it; a limit that must
// hold across instances belongs at the CDN.
const searchBuckets = createTokenBuckets(SEARCH_RATE_LIMIT)

/**
 * Six jobs, each only for the requests its matcher lets through:
 *
 * - A reading page asked for with any method but GET or HEAD answers 405.
 * - A reading page asked for with draft mode's cookie goes to the App Router's preview of it
 *   (routes/previewRoute.tsx), which can run the Presentation tool's overlays; readers, who have no
 *   such cookie, get the Pages Router's static page with no JavaScript.
 * - /blog?page=N is answered by the Pages Router's /blog/page/N (a static page cannot read the
 *   query string); the address stays /blog?page=N.
 * - /search is rate limited per client (SEARCH_RATE_LIMIT): beyond it, 429 with Retry-After.
 * - Old WordPress addresses on the root (/?p=123, /?page_id=, /?cat=, /?tag=, /?author=) are
 *   rewritten to the catch-all route, which answers the redirect stored for them (or 404). Only
 *   requests carrying one of those parameters reach the proxy, so the home page stays static.
 * - Next answers a path holding a malformed percent-escape (/blog/%E0%A4%A) with a bare
 *   "Internal Server Error" and none of the security headers: it hands such requests to a 400
 *   page an App Router project does not have. Scanners send these all the time; they get a 400.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl
  // A reading page is static HTML: nothing to post to it. Next would answer some such requests
  // (a made-up Server Action call, a form post) with the page and 200.
  if (request.method !== 'GET' && request.method !== 'HEAD' && isReadingPath(pathname))
    return new NextResponse('Method not allowed: this page only answers GET and HEAD.', {
      status: 405,
      headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
    })
  // The cookie's value is checked by the preview route itself (draftMode()); its presence only
  // chooses which router answers.
  if (request.cookies.has(DRAFT_MODE_COOKIE) && isReadingPath(pathname)) {
    const preview = request.nextUrl.clone()
    preview.pathname = pathname === '/' ? paths.preview : `${paths.preview}${pathname}`
    return NextResponse.rewrite(preview)
  }
  const page = searchParams.get('page')
  const list = LANGUAGES.map(pathsFor).find((pages) => pages.blog === pathname)
  if (list && page !== null) {
    // Anything that is no page number (a word, 0, a repeated ?page=) is one and the same 404, so
    // such values cannot each become a page of their own in the cache.
    const number = searchParams.getAll('page').length === 1 ? parsePageParam(page) : null
    return NextResponse.rewrite(new URL(`${list.blog}/page/${number ?? 0}`, request.url))
  }
  if (LANGUAGES.some((language) => pathsFor(language).search === pathname)) {
    const taken = searchBuckets.take(clientAddress(request.headers))
    if (taken.allowed) return NextResponse.next()
    return new NextResponse('Too many searches: please wait a moment and try again.', {
      status: 429,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': String(taken.retryAfterSeconds),
        'Cache-Control': 'no-store',
      },
    })
  }
  if (pathname === '/') {
    const source = wordpressQuerySource(searchParams)
    return source ? NextResponse.rewrite(new URL(wordpressQueryRewritePath(source), request.url)) : NextResponse.next()
  }
  try {
    decodeURIComponent(pathname)
    return NextResponse.next()
  } catch {
    return new NextResponse('Bad request: the address holds an invalid percent-escape.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
}

// Only paths with a percent sign can be malformed, only the root with a WordPress query
// parameter is an old WordPress address, only /search (and /es/search) is rate limited, only /blog?page= (and /es/blog?page=) is
// rewritten, only an editor's request carries draft mode's cookie, and only a request with a body
// or a Server Action id is checked for its method; every other request skips the proxy, so a
// reader's request for a reading page never runs it. Next reads this object statically, so each
// condition is written out.
export const config = {
  matcher: [
    '/search',
    '/es/search',
    '/:path(.*%.*)',
    { source: '/blog', has: [{ type: 'query', key: 'page' }] },
    { source: '/es/blog', has: [{ type: 'query', key: 'page' }] },
    // A request with a body (or a Server Action id) for what may be a reading page: refused above.
    { source: '/((?!_next/|api/|studio).*)', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/((?!_next/|api/|studio).*)', has: [{ type: 'header', key: 'next-action' }] },
    // Every page an editor may preview; the function above picks the reading pages among them.
    { source: '/((?!_next/|api/|studio|preview).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    { source: '/', has: [{ type: 'query', key: 'cat' }] },
    { source: '/', has: [{ type: 'query', key: 'tag' }] },
    { source: '/', has: [{ type: 'query', key: 'author' }] },
  ],
}
