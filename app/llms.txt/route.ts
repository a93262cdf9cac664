import { llmsTxtResponse } from '@/lib/seo/llmsTxt'

// Cached and refreshed as the feeds are (app/feed.xml): built with the site, and in Sanity mode
// the fetches' cache tags (articles, settings) refresh it when content changes.
export const dynamic = 'force-static'
// CDN_FRESH_SECONDS (lib/cdn/cacheHeaders.ts), written out: Next reads it from this file.
export const revalidate = 60

export function GET() {
  return llmsTxtResponse('en')
}
