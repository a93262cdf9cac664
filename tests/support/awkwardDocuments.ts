import type { GroqDocument } from '@/lib/groq-index'
import { EXAMPLE_ARTICLE, EXAMPLE_AUTHOR } from './exampleContent'

/**
 * Documents no schema would produce but a dataset can still hold: a duplicated id, slugs of the
 * wrong shape, references that are numbers, lists or nested inside other references, an empty
 * reference, an article missing its slug or date. The indexes must not change a single result
 * on them.
 */
export function awkwardDocuments(): GroqDocument[] {
  // References point at real bundled documents, so joins through them have something to find.
  const [first = '', second = '', third = ''] = EXAMPLE_ARTICLE.topicIds
  const topic = { _type: 'reference', _ref: first }
  const article = (id: string, fields: Record<string, unknown>): GroqDocument => ({
    _id: id,
    _type: 'article',
    title: `Awkward ${id}`,
    publishedAt: '2024-05-01T09:00:00Z',
    author: { _type: 'reference', _ref: EXAMPLE_AUTHOR.id },
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
        { _type: 'reference', _ref: [second, third] },
        { _type: 'reference', _ref: second, nested: { _ref: first } },
        { _type: 'reference', _ref: '' },
        { _type: 'reference' },
      ],
      author: { _ref: [EXAMPLE_AUTHOR.id] },
    }),
    article('awkward-no-topics', { slug: { current: 'awkward-no-topics' }, topics: null }),
    {
      _id: 'awkward-untyped-ref',
      _type: 'note',
      body: { _ref: EXAMPLE_ARTICLE.id },
      slug: { current: EXAMPLE_ARTICLE.slug },
    },
    { _id: 'redirect-awkward', _type: 'redirect', from: '/old-awkward/', to: '/blog/awkward-refs', permanent: true },
  ]
}
