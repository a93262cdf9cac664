import { XMLBuilder } from 'fast-xml-parser'
import type { SitemapEntry } from './entries'

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'
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

/** A <urlset> sitemap (sitemaps.org 0.9). */
export function urlsetXml(entries: SitemapEntry[]): string {
  return builder.build({
    ...DECLARATION,
    urlset: { '@_xmlns': SITEMAP_NAMESPACE, url: entries.map((entry) => withLastmod(entry.url, entry.lastModified)) },
  })
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
