import { NextResponse, type NextRequest } from 'next/server'

/**
 * Next answers a path holding a malformed percent-escape (/blog/%E0%A4%A) with a bare
 * "Internal Server Error" and none of the security headers: it hands such requests to a 400
 * page an App Router project does not have. Scanners send these all the time; they get a 400.
 */
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname)
    return NextResponse.next()
  } catch {
    return new NextResponse('Bad request: the address holds an invalid percent-escape.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
}

// Only paths with a percent sign can be malformed, so every other request skips the proxy.
export const config = { matcher: '/:path(.*%.*)' }
