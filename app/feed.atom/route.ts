import { feedResponse } from '@/lib/seo/feed/feedRoute'

// Built with the site; in Sanity mode the fetch's cache tags refresh it when content changes.
export const dynamic = 'force-static'
// CDN_FRESH_SECONDS (lib/cdn/cacheHeaders.ts), written out: Next reads it from this file.
export const revalidate = 60

export function GET() {
  return feedResponse('en', 'atom')
}
