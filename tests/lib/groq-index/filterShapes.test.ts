import fc from 'fast-check'
import { evaluate, parse } from 'groq-js'
import { createIndexedSource, type GroqDocument } from '@/lib/groq-index'

// Every filter shape the indexes answer, on random small datasets full of values of the wrong
// type, duplicated ids, references nested in references and ids holding the key separators:
// the indexed result must equal plain groq-js's, whatever the data and parameters.

const STRANGE = 'x\u0002y'
const scalar = fc.constantFrom<unknown>('a', 'b', 'c', '', STRANGE, 'x\u0001y', 0, 1, 2, true, false, null)
const id = fc.constantFrom('a', 'b', 'c', STRANGE)
const reference = fc.oneof(
  id.map((ref) => ({ _type: 'reference', _ref: ref })),
  scalar.map((ref) => ({ _ref: ref })),
  fc.array(id, { maxLength: 2 }).map((refs) => ({ _ref: refs })),
  fc.tuple(id, id).map(([outer, inner]) => ({ _ref: outer, inner: { _ref: inner } })),
  fc.constant({}),
  scalar,
)
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })

const documentArbitrary = fc.record(
  {
    _id: id,
    _type: fc.constantFrom('article', 'topic', 'faq'),
    slug: optional(
      fc.oneof(
        scalar.map((current) => ({ current })),
        scalar,
        scalar.map((current) => [{ current }]),
      ),
    ),
    n: optional(scalar),
    publishedAt: optional(fc.constantFrom<unknown>('2024-01-01', '2024-02-01', '2023-12-31', null, 5)),
    author: optional(reference),
    topics: optional(fc.oneof(fc.array(reference, { maxLength: 3 }), reference)),
    tags: optional(fc.array(scalar, { maxLength: 3 })),
    nested: optional(fc.record({ child: reference })),
  },
  { requiredKeys: ['_id', '_type'] },
)

const parameter = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.array(id, { maxLength: 3 }))

const QUERIES = [
  '*[_type == $t]',
  '*[_id == $v]{_id}',
  '*[slug.current == $v]._id',
  '*[references($v)]._id',
  '*[references($v, $w)]._id',
  '*[_type == $t && references($v)] | order(n desc)[0...2]._id',
  '*[author._ref == $v || $v in topics[]._ref]._id',
  '*[_type == $t && defined(slug.current)] | order(publishedAt desc, _id asc)[1...3]{_id, n}',
  '*[_type == $t][0]._id',
  '*[_type == $t && _id != $v] | order(n)[0]._id',
  '*[_type == $t]{ _id, "related": *[_type == ^._type && _id != ^._id && references(^.topics[]._ref)] | order(n desc, _id asc)[0...2]._id }',
  '*[_type == $t]{ _id, "by": *[author._ref == ^._id]._id, "count": count(*[references(^._id)]) }',
  '*[$v in tags]._id',
  '*[$v in topics[]._ref && n == $w]._id',
  'count(*[_type == $t && n != $v])',
  '*[nested.child._ref == $v]._id',
  '*[_type == $t && (n == $v || publishedAt == $w)] | order(publishedAt asc)[0...$k]._id',
  '*[_type == $t && !(n == $v)]._id',
  '*[_type == $t][$k]._id',
  '*[_type == $t && defined(author->_id)]._id',
  '*[_type == $t && count(topics) > $k]._id',
  '*[n > $v || n <= $w]._id',
  '*[$v < n && count(tags) >= 2]._id',
  '*[_type == $t && author->_type == "topic"] | order(author->n desc, _id)[0...2]._id',
  '*[_type == $t && defined(slug.current) && count(topics) > 0 && defined(author->_id)] | order(publishedAt desc)[0...$k]._id',
  '*[_type == $t][-$k]._id',
]

async function plainGroq(documents: GroqDocument[], query: string, params: Record<string, unknown>) {
  return (await evaluate(parse(query, { params }), { dataset: documents, params })).get()
}

it('gives what plain groq-js gives, for every shape on random data', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(documentArbitrary, { maxLength: 10 }),
      fc.record({ t: fc.oneof(fc.constantFrom('article', 'topic'), scalar), v: parameter, w: parameter, k: fc.nat(4) }),
      async (generated, generatedParams) => {
        // As the dataset loader makes them: plain JSON objects (fast-check's have no prototype).
        const documents = JSON.parse(JSON.stringify(generated)) as GroqDocument[]
        const params = { ...generatedParams }
        const indexed = createIndexedSource(documents)
        for (const query of QUERIES) {
          const expected = await plainGroq(documents, query, params)
          expect({ query, result: await indexed.fetch(query, params) }).toStrictEqual({ query, result: expected })
        }
      },
    ),
    { numRuns: 300 },
  )
})
