import { getFeedArticles } from '@/lib/sanity/queries/feed'
import { getSettings } from '@/lib/sanity/queries/settings'
import { buildFeed } from '@/lib/seo/feed/buildFeed'
import { xmlResponse } from '@/lib/seo/xmlResponse'

// Built with the site; in Sanity mode the fetch's cache tags refresh it when content changes.
export const dynamic = 'force-static'
// CDN_FRESH_SECONDS (lib/cdn/cacheHeaders.ts), written out: Next reads it from this file.
export const revalidate = 60

export async function GET() {
  const [articles, settings] = await Promise.all([getFeedArticles(), getSettings()])
  return xmlResponse(buildFeed(articles, settings, 'rss'), 'application/rss+xml')
}
