import { NextResponse, type NextRequest } from 'next/server'
import { wordpressQueryRewritePath, wordpressQuerySource } from './lib/navigation/wordpressQuery'

/**
 * Two jobs, each only for the requests its matcher lets through:
 *
 * - Old WordPress addresses on the root (/?p=123, /?page_id=, /?cat=, /?tag=, /?author=) are
 *   rewritten to the catch-all route, which answers the redirect stored for them (or 404). Only
 *   requests carrying one of those parameters reach the proxy, so the home page stays static.
 * - Next answers a path holding a malformed percent-escape (/blog/%E0%A4%A) with a bare
 *   "Internal Server Error" and none of the security headers: it hands such requests to a 400
 *   page an App Router project does not have. Scanners send these all the time; they get a 400.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl
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

// Only paths with a percent sign can be malformed, and only the root with a WordPress query
// parameter is an old WordPress address; every other request skips the proxy. Next reads this
// object statically, so each condition is written out.
export const config = {
  matcher: [
    '/:path(.*%.*)',
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    { source: '/', has: [{ type: 'query', key: 'cat' }] },
    { source: '/', has: [{ type: 'query', key: 'tag' }] },
    { source: '/', has: [{ type: 'query', key: 'author' }] },
  ],
}
