import { z } from 'zod'
import { portableTextSchema } from '@/lib/sanity/schemas/richTextBlocks'
import { parseDocument } from '@/lib/sanity/validate'

// Rich text from a query: each block checked by its type; a malformed one is left out and
// reported with the document's _id and its path, and the document is still shown.

const documentSchema = z.object({
  _id: z.string(),
  intro: portableTextSchema,
  faqs: z.array(z.object({ answer: portableTextSchema })),
})
const asset = { _id: 'image-a-10x10-png', url: '/images/a.png', width: 10, height: 10 }
const paragraph = {
  _type: 'block',
  _key: 'p',
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: 's', text: 'Hi', marks: [] }],
}

const blocks = {
  image: {
    _type: 'image',
    _key: 'i',
    alt: 'A',
    asset,
    link: 'https://example.org',
    captionLinks: [{ _type: 'captionLink', _key: 'c', text: 'A', href: 'https://example.org' }],
  },
  gallery: { _type: 'gallery', _key: 'g', images: [{ _type: 'image', _key: 'g0', alt: 'A', asset }] },
  dataTable: {
    _type: 'dataTable',
    _key: 't',
    headerRow: true,
    table: { _type: 'table', rows: [{ _type: 'tableRow', _key: 'r', cells: ['a', null] }] },
  },
  code: { _type: 'code', _key: 'c', code: 'x = 1', language: 'python' },
  definitionList: {
    _type: 'definitionList',
    _key: 'd',
    items: [{ _type: 'definitionItem', _key: 'd0', term: 'T', definition: 'D' }],
  },
  embed: { _type: 'embed', _key: 'e', url: 'https://vimeo.com/1', kind: 'video' },
}

let warn: jest.SpyInstance
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => warn.mockRestore())

describe('rich text in query results', () => {
  it('accepts every block type the importer writes, and text blocks and unknown types as they are', () => {
    const intro = [paragraph, ...Object.values(blocks), { _type: 'somethingNew', _key: 'n' }]
    const parsed = parseDocument(documentSchema, { _id: 'article-1', intro, faqs: [] }, 'articleQuery')
    expect(parsed?.intro.map((block) => block._type)).toEqual(['block', ...Object.keys(blocks), 'somethingNew'])
    expect(parsed?.intro[3]).toMatchObject({ headerRow: true, table: { rows: [{ cells: ['a', ''] }] } })
    expect(warn).not.toHaveBeenCalled()
  })

  it('leaves out a malformed block, naming the document and the path, and keeps the rest', () => {
    const broken = { ...blocks.dataTable, table: { rows: 'not rows' } }
    const brokenEmbed = { _type: 'embed', _key: 'e2', kind: 'video' }
    const parsed = parseDocument(
      documentSchema,
      { _id: 'article-2', intro: [paragraph, broken, blocks.code], faqs: [{ answer: [brokenEmbed, paragraph] }] },
      'articleQuery',
    )
    expect(parsed?.intro.map((block) => block._key)).toEqual(['p', 'c'])
    expect(parsed?.faqs[0]?.answer.map((block) => block._key)).toEqual(['p'])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^\[content\] articleQuery: document article-2: left out intro\.1 \(table\.rows: .*\); faqs\.0\.answer\.0 \(url: /,
    )
  })

  it('leaves out a gallery image whose asset is gone, not the gallery', () => {
    const gallery = {
      ...blocks.gallery,
      images: [{ _type: 'image', _key: 'gone', alt: 'Gone', asset: null }, ...blocks.gallery.images],
    }
    const parsed = parseDocument(documentSchema, { _id: 'article-3', intro: [gallery], faqs: [] }, 'articleQuery')
    expect(parsed?.intro[0]).toMatchObject({ images: [{ _key: 'g0' }] })
    expect(warn.mock.calls[0]?.[0]).toMatch(/document article-3: left out intro\.0\.images\.0 \(asset: /)
  })

  it('still skips, and reports, a document that fails outside its rich text', () => {
    expect(
      parseDocument(documentSchema, { _id: 'article-4', intro: 'not a list', faqs: [] }, 'articleQuery'),
    ).toBeNull()
    expect(warn.mock.calls[0]?.[0]).toMatch(/document article-4 skipped: intro:/)
  })
})
