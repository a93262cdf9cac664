import { SaxesParser } from 'saxes'
import { sitemapIndexXml, urlsetXml } from '@/lib/seo/sitemap/xml'

// Sitemap URLs come from slugs and settings: whatever they hold must stay text, never markup or
// an entity reference a reader of the sitemap would expand.

/** The <loc> texts as a strict XML parser reads them, and every well-formedness error. */
function read(xml: string): { locs: string[]; errors: string[]; doctype: boolean } {
  const locs: string[] = []
  const errors: string[] = []
  let doctype = false
  let text: string | null = null
  const parser = new SaxesParser()
  parser.on('error', (error) => errors.push(error.message))
  parser.on('doctype', () => (doctype = true))
  parser.on('opentag', (tag) => void (tag.name === 'loc' && (text = '')))
  parser.on('text', (chunk) => void (text !== null && (text += chunk)))
  parser.on('closetag', (tag) => {
    if (tag.name === 'loc' && text !== null) locs.push(text)
    text = null
  })
  parser.write(xml).close()
  return { locs, errors, doctype }
}

const HOSTILE = [
  'https://clinic.example/blog?page=2&sort=new',
  'https://clinic.example/a<b>"c"\'d\'',
  'https://clinic.example/&xxe;',
  'https://clinic.example/&lt;already-escaped&gt;',
  'https://clinic.example/]]><!DOCTYPE x [<!ENTITY a "b">]>',
]

describe('sitemap XML', () => {
  it('keeps every URL as text, entity-like sequences included, in a urlset', () => {
    const xml = urlsetXml(HOSTILE.map((url) => ({ url, lastModified: null })))
    expect(read(xml)).toEqual({ locs: HOSTILE, errors: [], doctype: false })
  })

  it('and in a sitemap index', () => {
    const xml = sitemapIndexXml(HOSTILE.map((url) => ({ url, lastModified: '2024-01-01T00:00:00.000Z' })))
    expect(read(xml)).toEqual({ locs: HOSTILE, errors: [], doctype: false })
  })
})
