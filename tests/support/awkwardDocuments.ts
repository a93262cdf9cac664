import type { GroqDocument } from '@/lib/groq-index'

/**
 * Documents no schema would produce but a dataset can still hold: a duplicated id, slugs of the
 * wrong shape, references that are numbers, lists or nested inside other references, an empty
 * reference, an article missing its slug or date. The indexes must not change a single result
 * on them.
 */
export function awkwardDocuments(): GroqDocument[] {
  const topic = { _type: 'reference', _ref: 'topic-mental-health' }
  const article = (id: string, fields: Record<string, unknown>): GroqDocument => ({
    _id: id,
    _type: 'article',
    title: `Awkward ${id}`,
    publishedAt: '2024-05-01T09:00:00Z',
    author: { _type: 'reference', _ref: 'person-editorial-team' },
    topics: [topic],
    sections: [{ _key: 's0', heading: 'A heading', anchor: { current: 'a-heading' } }],
    ...fields,
  })
  return [
    article('awkward-duplicate', { slug: { current: 'awkward-duplicate' } }),
    article('awkward-duplicate', { slug: { current: 'awkward-duplicate-second' }, title: 'The second copy' }),
    article('awkward-number-slug', { slug: { current: 42 } }),
    article('awkward-string-slug', { slug: 'awkward-string-slug' }),
    article('awkward-array-slug', { slug: [{ current: 'awkward-array-slug' }] }),
    article('awkward-null-slug', { slug: { current: null } }),
    article('awkward-no-date', { slug: { current: 'awkward-no-date' }, publishedAt: null }),
    article('awkward-same-date', { slug: { current: 'awkward-same-date' }, publishedAt: '2024-01-15T09:00:00Z' }),
    article('awkward-refs', {
      slug: { current: 'awkward-refs' },
      topics: [
        { _type: 'reference', _ref: 7 },
        { _type: 'reference', _ref: ['topic-ketamine-therapy', 'topic-postpartum-depression'] },
        { _type: 'reference', _ref: 'topic-ketamine-therapy', nested: { _ref: 'topic-mental-health' } },
        { _type: 'reference', _ref: '' },
        { _type: 'reference' },
      ],
      author: { _ref: ['person-editorial-team'] },
    }),
    article('awkward-no-topics', { slug: { current: 'awkward-no-topics' }, topics: null }),
    { _id: 'awkward-untyped-ref', _type: 'note', body: { _ref: 'article-ketamine-postpartum-depression' }, slug: { current: 'ketamine-postpartum-depression' } },
    { _id: 'redirect-awkward', _type: 'redirect', from: '/old-awkward/', to: '/blog/awkward-refs', permanent: true },
  ]
}
