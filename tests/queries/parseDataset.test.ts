import { parseNdjsonDataset } from '@/lib/sanity/embedded/publishedView'

const line = (doc: object) => JSON.stringify(doc)

describe('the embedded dataset loader', () => {
  it('hides drafts and release versions, like the published perspective', () => {
    const docs = parseNdjsonDataset(
      [line({ _id: 'a', _type: 'article' }), line({ _id: 'drafts.a', _type: 'article' }), line({ _id: 'versions.r1.a', _type: 'article' })].join('\n'),
      'x.ndjson',
    )
    expect(docs.map((doc) => doc._id)).toEqual(['a'])
  })

  it('turns export-format image pointers into references to asset documents', () => {
    const sha = 'a'.repeat(40)
    const docs = parseNdjsonDataset(
      line({ _id: 'p', _type: 'person', photo: { _type: 'image', asset: { _sanityAsset: `image@file://./images/${sha}-40x30.png` } } }),
      'x.ndjson',
    )
    expect(docs[0]).toMatchObject({ photo: { asset: { _type: 'reference', _ref: `image-${sha}-40x30-png` } } })
    expect(docs[1]).toMatchObject({ _id: `image-${sha}-40x30-png`, url: `/images/${sha}-40x30.png`, metadata: { dimensions: { width: 40, height: 30 } } })
  })

  it('names the file and line of a malformed document', () => {
    expect(() => parseNdjsonDataset(`${line({ _id: 'a', _type: 'x' })}\n{not json`, 'broken.ndjson')).toThrow(/broken\.ndjson:2: not valid JSON/)
    expect(() => parseNdjsonDataset(line({ _type: 'x' }), 'noid.ndjson')).toThrow(/noid\.ndjson:1: .*_id/)
  })
})
