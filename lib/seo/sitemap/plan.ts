import { absoluteUrl } from '../../navigation/siteUrl'
import { crawlerPaths } from '../crawlerPaths'
import type { SitemapEntry } from './entries'
import { latest } from './lastModified'
import { sitemapIndexXml, urlsetXml, type SitemapFile } from './xml'

/**
 * URLs per sitemap file. The protocol allows 50,000; smaller files regenerate faster and show
 * search consoles which part of the site has problems.
 */
export const MAX_URLS_PER_SITEMAP = 1000

/** The entries split into sitemap parts of at most `limit` URLs, in order. */
export function sitemapParts(entries: SitemapEntry[], limit = MAX_URLS_PER_SITEMAP): SitemapEntry[][] {
  const parts: SitemapEntry[][] = []
  for (let start = 0; start < entries.length; start += limit) parts.push(entries.slice(start, start + limit))
  return parts
}

/** True when the site has more URLs than one sitemap file may hold. */
export function needsIndex(entries: SitemapEntry[], limit = MAX_URLS_PER_SITEMAP): boolean {
  return entries.length > limit
}

/** /sitemap.xml: the URLs themselves, or an index of the parts once they no longer fit one file. */
export function rootSitemapXml(entries: SitemapEntry[], limit = MAX_URLS_PER_SITEMAP): string {
  if (!needsIndex(entries, limit)) return urlsetXml(entries)
  const files: SitemapFile[] = sitemapParts(entries, limit).map((part, index) => ({
    url: absoluteUrl(crawlerPaths.sitemapPart(index + 1)),
    lastModified: latest(part.map((entry) => entry.lastModified)),
  }))
  return sitemapIndexXml(files)
}

/** /sitemaps/<n>.xml: part n (from 1) of a split sitemap, or null when there is no such part. */
export function sitemapPartXml(entries: SitemapEntry[], part: number, limit = MAX_URLS_PER_SITEMAP): string | null {
  if (!needsIndex(entries, limit)) return null
  const chunk = sitemapParts(entries, limit)[part - 1]
  return chunk ? urlsetXml(chunk) : null
}
