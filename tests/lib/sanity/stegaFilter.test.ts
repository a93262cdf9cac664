import type { ContentSourceMap } from '@sanity/client'
import { stegaEncodeSourceMap } from '@sanity/client/stega'
import { stegaFilter } from '@/lib/sanity/stegaFilter'

// In draft mode the Content Lake returns a source map and the client hides edit markers in the
// strings it maps. Only prose may carry them: a marked slug, anchor or phone number would break
// a link, an #id or a tel: URL.
const values: Record<string, { sourcePath: string; value: string }> = {
  title: { sourcePath: "$['title']", value: 'Ketamine for postpartum depression' },
  heading: { sourcePath: "$['sections'][0]['heading']", value: 'What it is' },
  span: { sourcePath: "$['intro'][0]['children'][0]['text']", value: 'Postpartum depression is common.' },
  question: { sourcePath: "$['question']", value: 'Is it safe?' },
  slug: { sourcePath: "$['slug']['current']", value: 'ketamine-for-postpartum-depression' },
  anchor: { sourcePath: "$['sections'][0]['anchor']['current']", value: 'what-it-is' },
  alias: { sourcePath: "$['sections'][0]['anchorAliases'][0]", value: 'What_it_is' },
  style: { sourcePath: "$['intro'][0]['style']", value: 'h3' },
  phone: { sourcePath: "$['crisisResources'][0]['phone']", value: '988' },
  metaTitle: { sourcePath: "$['seo']['metaTitle']", value: 'Ketamine and PPD' },
  url: { sourcePath: "$['sources'][0]['url']", value: 'https://www.nimh.nih.gov/' },
}

function encode(): Record<string, string> {
  const keys = Object.keys(values)
  const result = Object.fromEntries(keys.map((key) => [key, values[key]?.value]))
  const paths = keys.map((key) => values[key]?.sourcePath ?? '')
  const mappings: ContentSourceMap['mappings'] = Object.fromEntries(
    keys.map(
      (key, index) =>
        [`$['${key}']`, { type: 'value', source: { type: 'documentValue', document: 0, path: index } }] as const,
    ),
  )
  const sourceMap: ContentSourceMap = { documents: [{ _id: 'article-x', _type: 'article' }], paths, mappings }
  return stegaEncodeSourceMap(result, sourceMap, {
    enabled: true,
    studioUrl: '/studio',
    filter: stegaFilter,
  }) as Record<string, string>
}

describe('edit markers in draft previews', () => {
  const encoded = encode()
  const marked = Object.keys(values).filter((key) => encoded[key] !== values[key]?.value)

  it('mark the prose an editor clicks to edit', () => {
    expect(marked).toEqual(['title', 'heading', 'span', 'question'])
  })

  it('leave every other string exactly as stored', () => {
    for (const key of ['slug', 'anchor', 'alias', 'style', 'phone', 'metaTitle', 'url'])
      expect(encoded[key]).toBe(values[key]?.value)
  })
})
