import { publishedView } from '@/lib/sanity/embedded/publishedView'

describe("the embedded source's published view", () => {
  it('hides drafts and release versions, like the published perspective', () => {
    const docs = publishedView([
      { _id: 'a', _type: 'article' },
      { _id: 'drafts.a', _type: 'article' },
      { _id: 'versions.r1.a', _type: 'article' },
    ])
    expect(docs.map((doc) => doc._id)).toEqual(['a'])
  })

  it('turns export-format image pointers into references to asset documents', () => {
    const sha = 'a'.repeat(40)
    const docs = publishedView([
      {
        _id: 'p',
        _type: 'person',
        photo: { _type: 'image', asset: { _sanityAsset: `image@file://./images/${sha}-40x30.png` } },
      },
    ])
    expect(docs[0]).toMatchObject({ photo: { asset: { _type: 'reference', _ref: `image-${sha}-40x30-png` } } })
    expect(docs[1]).toMatchObject({
      _id: `image-${sha}-40x30-png`,
      url: `/images/${sha}-40x30.png`,
      metadata: { dimensions: { width: 40, height: 30 } },
    })
  })
})
