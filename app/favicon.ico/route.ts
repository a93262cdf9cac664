// Browsers ask for /favicon.ico before they have read the page's icon link (on streamed pages,
// such as a 404, the link can come late). Point them at the real icon instead of a 404.
export const dynamic = 'force-static'

export function GET() {
  return new Response(null, {
    status: 308,
    headers: { Location: '/icon.svg', 'Cache-Control': 'public, max-age=86400' },
  })
}
