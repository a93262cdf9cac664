import { parseNdjson } from '@/lib/dataset/ndjson'

const line = (doc: object) => JSON.stringify(doc)

describe('the dataset reader', () => {
  it('keeps drafts and versions: the importer and the seed need them', () => {
    const text = [line({ _id: 'a', _type: 'article' }), line({ _id: 'drafts.a', _type: 'article' })].join('\n')
    expect(parseNdjson(text, 'x.ndjson').map((doc) => doc._id)).toEqual(['a', 'drafts.a'])
  })

  it('names the file and line of a malformed document', () => {
    expect(() => parseNdjson(`${line({ _id: 'a', _type: 'x' })}\n{not json`, 'broken.ndjson')).toThrow(
      /broken\.ndjson:2: not valid JSON/,
    )
    expect(() => parseNdjson(line({ _type: 'x' }), 'noid.ndjson')).toThrow(/noid\.ndjson:1: .*_id/)
  })
})
