import { getSitemapContent } from '@/lib/sanity/queries/sitemap'
import { sitemapEntries } from '@/lib/seo/sitemap/entries'
import { needsIndex, sitemapPartXml, sitemapParts } from '@/lib/seo/sitemap/plan'
import { xmlResponse } from '@/lib/seo/xmlResponse'

export const dynamic = 'force-static'
// CDN_FRESH_SECONDS (lib/cdn/cacheHeaders.ts), written out: Next reads it from this file.
export const revalidate = 60

const PART_FILE = /^([1-9][0-9]{0,5})\.xml$/

// The parts that exist at build time are prerendered; a part added later renders on request.
export async function generateStaticParams() {
  const entries = sitemapEntries(await getSitemapContent())
  if (!needsIndex(entries)) return []
  return sitemapParts(entries).map((_, index) => ({ file: `${index + 1}.xml` }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = PART_FILE.exec((await params).file)
  const xml = match ? sitemapPartXml(sitemapEntries(await getSitemapContent()), Number(match[1])) : null
  if (xml === null)
    return new Response('No such sitemap', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return xmlResponse(xml, 'application/xml')
}
