import { NextResponse, type NextRequest } from 'next/server'
import { wordpressQueryRewritePath, wordpressQuerySource } from './lib/navigation/wordpressQuery'
import { clientAddress } from './lib/security/clientAddress'
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
 * Three jobs, each only for the requests its matcher lets through:
 *
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
  if (pathname === '/search') {
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
// parameter is an old WordPress address, and only /search is rate limited; every other request
// skips the proxy. Next reads this object statically, so each condition is written out.
export const config = {
  matcher: [
    '/search',
    '/:path(.*%.*)',
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    { source: '/', has: [{ type: 'query', key: 'cat' }] },
    { source: '/', has: [{ type: 'query', key: 'tag' }] },
    { source: '/', has: [{ type: 'query', key: 'author' }] },
  ],
}
