import { evaluate, parse } from 'groq-js'
import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { parseNdjson, serializeNdjson } from '@/lib/dataset/ndjson'
import { matchTokens } from '@/lib/sanity/embedded/groqText'
import { publishedView, type SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { prepareTextIndex, searchDocuments } from '@/lib/sanity/embedded/textSearch'
import { LANGUAGES, languageParams, type Language } from '@/lib/i18n/languages'
import { searchQuery } from '@/lib/sanity/queries/search'
import { SCORED_FIELDS, scoreArguments } from '@/lib/sanity/queries/searchFields'
import { generateBenchDataset } from '@/tooling/benchDataset'
import { awkwardDocuments } from '../../../support/awkwardDocuments'

// Embedded mode answers the search query from a text index built once per dataset instead of
// groq-js matching every article's text on each search. This proves the answer is the query's
// own: the same total, the same articles in the same order, the same fields.

async function groqAnswer(documents: SanityDocument[], params: Record<string, unknown>) {
  return (await evaluate(parse(searchQuery, { params }), { dataset: documents, params })).get()
}

const bundled = publishedView(readDatasetDocuments())
const generated = [
  ...publishedView(
    parseNdjson(serializeNdjson(generateBenchDataset(readDatasetDocuments(), { articles: 12, seed: 11 })), 'generated'),
  ),
  ...awkwardDocuments(),
]

/** Words of the dataset's articles, spread over the vocabulary: common ones and rare ones. */
function sampleWords(documents: SanityDocument[], count: number): string[] {
  const words = new Set<string>()
  for (const document of documents)
    if (document._type === 'article') for (const word of matchTokens(JSON.stringify(document))) words.add(word)
  const all = [...words].filter((word) => /^\p{L}{3,}$/u.test(word)).sort()
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * (all.length - 1)) / (count - 1))]!)
}

/** A document's language: none is English. */
const languageOf = (document: SanityDocument): Language => (document.language === 'es' ? 'es' : 'en')

function termSets(documents: SanityDocument[], count: number): string[][] {
  const words = sampleWords(documents, count)
  return [
    ...words.map((word) => [word.toLowerCase()]),
    ...words.map((word) => [`${word.slice(0, 3).toLowerCase()}*`]),
    ...words
      .slice(0, count / 2)
      .map((word, i) => [`${word.toLowerCase()}*`, `${words[count - 1 - i]!.toLowerCase()}*`]),
    ['ketamine*'],
    ['postpartum*', 'depression*'],
    ['sleep*'],
    ['KETAMINE'],
    ['the*'],
    ['a*'],
    ['*'],
    ['zzzz'],
    [''],
    ['ketamine*', 'ketamine*'],
    ['ketamine*', ''],
    ['post-partum'],
    ['e.g'],
    ['ketamina*'],
    ['depresión'],
  ]
}

// Plain groq-js takes a while per search on the generated dataset: fewer searches there.
describe.each([
  ['the bundled dataset', bundled, 40, [1, 4, 20, 1000]],
  ['a generated dataset with awkward documents', generated, 12, [3, 20]],
])('on %s, the text index answers as the GROQ query does', (_, documents, count, limits) => {
  it.each(limits)('with limit %i', async (limit) => {
    for (const language of LANGUAGES) {
      // Words of this language's articles, so each language's search finds something; a dataset
      // with no article in the language gets a few of the others' words, which must find nothing.
      const inLanguage = documents.filter(
        (document) => document._type !== 'article' || languageOf(document) === language,
      )
      const hasArticles = inLanguage.some((document) => document._type === 'article')
      for (const terms of hasArticles ? termSets(inLanguage, count) : termSets(documents, 4)) {
        const params = { terms, limit, ...languageParams(language) }
        const expected = await groqAnswer(documents, params)
        await expect(searchDocuments(documents, params)).resolves.toStrictEqual(expected)
      }
    }
  })
})

it('searches one language: each language finds its own articles, and only those', async () => {
  const languageOfId = new Map(
    bundled.filter((document) => document._type === 'article').map((document) => [document._id, languageOf(document)]),
  )
  // "ketamin*" is in English and Spanish articles alike (ketamine, ketamina).
  for (const language of LANGUAGES) {
    const answer = await searchDocuments(bundled, { terms: ['ketamin*'], limit: 1000, ...languageParams(language) })
    const found = (answer.results as { _id: string }[]).map((hit) => languageOfId.get(hit._id))
    expect(found.length).toBeGreaterThan(0)
    expect(answer.total).toBe(found.length)
    expect(new Set(found)).toEqual(new Set([language]))
  }
  // Without a language a search is English, as a page before the Spanish edition asked.
  await expect(searchDocuments(bundled, { terms: ['ketamina*'], limit: 20 })).resolves.toEqual(
    await searchDocuments(bundled, { terms: ['ketamina*'], limit: 20, ...languageParams('en') }),
  )
})

it('finds something on the bundled dataset, so the comparison is not between empty answers', async () => {
  const answer = await searchDocuments(bundled, { terms: ['ketamine*'], limit: 20 })
  expect(answer.total).toBeGreaterThan(1)
  expect(answer.results.length).toBe(Math.min(20, answer.total))
})

it('reads each dataset once: later searches answer from the index, not from the documents', async () => {
  const documents = publishedView(readDatasetDocuments())
  await searchDocuments(documents, { terms: ['ketamine*'], limit: 20 })
  const article = documents.find((document) => document._type === 'article')!
  article.title = `${String(article.title)} Xylophonic`
  await expect(searchDocuments(documents, { terms: ['xylophonic'], limit: 20 })).resolves.toEqual({
    total: 0,
    results: [],
  })
  // A new dataset (another array) gets its own index.
  await expect(searchDocuments([...documents], { terms: ['xylophonic'], limit: 20 })).resolves.toMatchObject({
    total: 1,
  })
})

it('builds the index ahead of the first search when asked (a server does it at start)', async () => {
  const documents = publishedView(readDatasetDocuments())
  await prepareTextIndex(documents)
  // Changed after the index was built: the first search answers from the index, so it cannot see it.
  const article = documents.find((document) => document._type === 'article')!
  article.title = `${String(article.title)} Quixotical`
  await expect(searchDocuments(documents, { terms: ['quixotical'], limit: 20 })).resolves.toEqual({
    total: 0,
    results: [],
  })
})

it("scores the fields the query's score() names, with the same boosts, in the same order", () => {
  const written = scoreArguments
    .split(',\n')
    .map((argument) => argument.trim())
    .filter(Boolean)
  expect(written).toEqual(
    SCORED_FIELDS.map(({ path, boost }) =>
      boost === undefined ? `${path} match $terms` : `boost(${path} match $terms, ${boost})`,
    ),
  )
  expect(searchQuery).toContain(scoreArguments)
})
