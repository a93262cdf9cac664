/**
 * A health answer as JSON. Never stored by a CDN or proxy (a cached "ok" would hide an instance
 * that is down) and never indexed.
 */
export function healthResponse(body: object, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } })
}
