import { batchesOf, dependencyGroups } from '@/lib/importer/writeOrder'

const ref = (id: string, weak = false) => ({ _type: 'reference', _ref: id, ...(weak ? { _weak: true } : {}) })
const ids = (groups: Array<Array<{ _id: string }>>) => groups.map((group) => group.map((document) => document._id))

describe('the order documents are written in', () => {
  it('puts every document after what it references, and documents that reference each other together', () => {
    const documents = [
      { _id: 'article-a', related: [ref('article-b')], author: ref('person-x'), topics: [ref('topic-child')] },
      { _id: 'article-b', related: [ref('article-a')] },
      { _id: 'topic-child', parent: ref('topic-root') },
      { _id: 'topic-root' },
      { _id: 'person-x', photo: ref('image-abc') },
      { _id: 'article-c', related: [ref('article-d', true)] },
      { _id: 'article-d', self: ref('article-d') },
    ]
    expect(ids(dependencyGroups(documents))).toEqual([
      ['person-x'],
      ['topic-root'],
      ['topic-child'],
      ['article-a', 'article-b'],
      ['article-c'],
      ['article-d'],
    ])
  })

  it('handles a chain of 20,000 related articles without overflowing the stack', () => {
    const documents = Array.from({ length: 20_000 }, (_, n) => ({
      _id: `article-${n}`,
      ...(n < 19_999 ? { related: [ref(`article-${n + 1}`)] } : {}),
    }))
    const groups = dependencyGroups(documents)
    expect(groups).toHaveLength(20_000)
    expect(groups[0]![0]!._id).toBe('article-19999')
    expect(groups.at(-1)![0]!._id).toBe('article-0')
  })

  it('packs groups into batches without splitting a group', () => {
    expect(batchesOf([[1, 2], [3], [4, 5, 6, 7], [8]], 3)).toEqual([[1, 2, 3], [4, 5, 6, 7], [8]])
    expect(batchesOf([], 3)).toEqual([])
  })
})
