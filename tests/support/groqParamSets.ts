import type { GroqDocument } from '@/lib/groq-index'

type Params = Record<string, unknown>

const slugOf = (doc: GroqDocument) => (doc.slug as { current?: unknown } | undefined)?.current
const spread = <T>(items: T[], count: number): T[] =>
  items.length <= count
    ? items
    : Array.from({ length: count }, (_, i) => items[Math.floor((i * (items.length - 1)) / (count - 1))]!)

/**
 * Parameter values to run a query with on this dataset: real slugs and ids of each kind, ones
 * that match nothing, empty lists, pages past the end. A query with a parameter this does not
 * know fails the test, so a new query cannot slip past the comparison untested.
 */
export function paramSets(query: string, documents: GroqDocument[]): Params[] {
  const names = [...new Set([...query.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1]!))]
  if (names.length === 0) return [{}]
  const ofType = (type: string) => documents.filter((doc) => doc._type === type)
  const ids = (type: string, count: number) =>
    spread(
      ofType(type).map((doc) => doc._id),
      count,
    )
  const slugs = (type: string, count: number) =>
    spread(
      ofType(type)
        .map(slugOf)
        .filter((slug) => typeof slug === 'string'),
      count,
    )
  const legacy = documents.flatMap((doc) => (Array.isArray(doc.legacyUrls) ? doc.legacyUrls : []))
  const froms = ofType('redirect').map((doc) => doc.from)

  const samples: Record<string, unknown[]> = {
    slug: [...slugs('article', 6), ...slugs('topic', 3), ...slugs('person', 2), 'no-such-slug'],
    range: [
      [0, 10],
      [3, 7],
      [10, 20],
      [0, 0],
      [1000, 1010],
    ],
    limit: [1, 4, 20],
    terms: [['ketamine'], ['postpartum', 'depression'], ['anxiety*'], ['zzzz'], ['']],
    paths: [spread(legacy, 2), [...froms.slice(0, 1), '/nothing-here/'], []],
    id: [
      ...ids('topic', 2),
      ...ids('person', 1),
      ...ids('faq', 1),
      ...ids('takeaway', 1),
      ...ids('article', 2),
      'missing-id',
    ],
    topicIds: [ids('topic', 2), [], ['missing-id']],
    personIds: [ids('person', 2), []],
    translationIds: [[...ids('article', 2), ...ids('topic', 1)], [], ['missing-id']],
    sharedTopicIds: [ids('topic', 1), [], ids('topic', 3)],
    beforeTopicIds: [[], ids('topic', 2), ids('topic', 1)],
    beforePublishedAt: ['2024-01-01T00:00:00Z', null, '2000-01-01T00:00:00Z', '2999-01-01T00:00:00Z'],
    publishedAt: ['2024-01-01T00:00:00Z', null, '2999-01-01T00:00:00Z'],
    // languageParams(): the two go together (same length, so the same index pairs them), and a
    // language no document has.
    language: ['en', 'es', 'fr'],
    unlabelled: [null, 'es', 'fr'],
  }
  const sampleOf = (name: string) => samples[name === 'start' || name === 'end' ? 'range' : name]
  const unknown = names.filter((name) => !sampleOf(name))
  if (unknown.length > 0)
    throw new Error(
      `no sample values for ${unknown.map((name) => `$${name}`).join(', ')}: add some in tests/support/groqParamSets.ts`,
    )

  const count = Math.max(...names.map((name) => sampleOf(name)!.length))
  return Array.from({ length: count }, (_, index) => {
    const params: Params = {}
    for (const name of names) {
      const list = sampleOf(name)!
      const value = list[index % list.length]
      params[name] = name === 'start' ? (value as number[])[0] : name === 'end' ? (value as number[])[1] : value
    }
    return params
  })
}
