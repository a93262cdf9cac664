import { XMLBuilder } from 'fast-xml-parser'
import type { SitemapEntry } from './entries'

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'
const DECLARATION = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } }

// Set explicitly rather than left to the library's defaults: in the builder, processEntities
// means escaping &, <, > and quotes in text, so a URL with a query string (or one holding
// "&xxe;") stays well-formed text and never becomes an entity reference. The builder only
// writes: nothing here parses or expands entities.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  processEntities: true,
})

export type SitemapFile = { url: string; lastModified: string | null }

function withLastmod(loc: string, lastModified: string | null) {
  return lastModified ? { loc, lastmod: lastModified } : { loc }
}

/** A page's entry, with its language versions as Google reads them (xhtml:link after the sitemap's own fields). */
function urlElement(entry: SitemapEntry) {
  const element = withLastmod(entry.url, entry.lastModified)
  if (!entry.alternates) return element
  const links = entry.alternates.map(({ hreflang, url }) => ({
    '@_rel': 'alternate',
    '@_hreflang': hreflang,
    '@_href': url,
  }))
  return { ...element, 'xhtml:link': links }
}

/** A <urlset> sitemap (sitemaps.org 0.9), with hreflang alternates in the XHTML namespace when a page has some. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const namespaces = entries.some((entry) => entry.alternates)
    ? { '@_xmlns': SITEMAP_NAMESPACE, '@_xmlns:xhtml': XHTML_NAMESPACE }
    : { '@_xmlns': SITEMAP_NAMESPACE }
  return builder.build({ ...DECLARATION, urlset: { ...namespaces, url: entries.map(urlElement) } })
}

/** A <sitemapindex> naming each part of a split sitemap. */
export function sitemapIndexXml(files: SitemapFile[]): string {
  return builder.build({
    ...DECLARATION,
    sitemapindex: {
      '@_xmlns': SITEMAP_NAMESPACE,
      sitemap: files.map((file) => withLastmod(file.url, file.lastModified)),
    },
  })
}
