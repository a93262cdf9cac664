import { getSitemapContent } from '@/lib/sanity/queries/sitemap'
import { sitemapEntries } from '@/lib/seo/sitemap/entries'
import { rootSitemapXml } from '@/lib/seo/sitemap/plan'
import { xmlResponse } from '@/lib/seo/xmlResponse'

// Built with the site; in Sanity mode the fetch's cache tags refresh it when content changes.
export const dynamic = 'force-static'
// CDN_FRESH_SECONDS (lib/cdn/cacheHeaders.ts), written out: Next reads it from this file.
export const revalidate = 60

export async function GET() {
  return xmlResponse(rootSitemapXml(sitemapEntries(await getSitemapContent())), 'application/xml')
}
