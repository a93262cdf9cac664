import { feedResponse } from '@/lib/seo/feed/feedRoute'

// The Spanish edition's feed, cached and refreshed as the English one (app/feed.atom); 404 while
// the clinic does not publish Spanish.
export const dynamic = 'force-static'
// CDN_FRESH_SECONDS (lib/cdn/cacheHeaders.ts), written out: Next reads it from this file.
export const revalidate = 60

export function GET() {
  return feedResponse('es', 'atom')
}
