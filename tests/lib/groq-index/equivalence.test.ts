import { readdirSync } from 'node:fs'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { createIndexedSource, type GroqDocument } from '@/lib/groq-index'
import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { parseNdjson, serializeNdjson } from '@/lib/dataset/ndjson'
import { publishedView } from '@/lib/sanity/embedded/publishedView'
import { generateBenchDataset } from '@/tooling/benchDataset'
import { awkwardDocuments } from '../../support/awkwardDocuments'
import { paramSets } from '../../support/groqParamSets'

// The embedded source answers filters from indexes; this proves, for every query the site runs,
// that it returns exactly what plain groq-js returns scanning the whole dataset.

const QUERIES_DIR = path.join(process.cwd(), 'lib/sanity/queries')

function siteQueries(): [string, string][] {
  return readdirSync(QUERIES_DIR)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- every module in the folder, whatever it is named
      const exports = require(path.join(QUERIES_DIR, file)) as Record<string, unknown>
      return Object.entries(exports).filter(
        (entry): entry is [string, string] => entry[0].endsWith('Query') && typeof entry[1] === 'string',
      )
    })
}

async function plainGroq(documents: GroqDocument[], query: string, params: Record<string, unknown>) {
  return (await evaluate(parse(query, { params }), { dataset: documents, params })).get()
}

const bundled = publishedView(readDatasetDocuments())
const generatedText = serializeNdjson(generateBenchDataset(readDatasetDocuments(), { articles: 24, seed: 7 }))
// Generated content plus documents shaped the way a sloppy import or a hand edit leaves them.
const generated = [...publishedView(parseNdjson(generatedText, 'generated')), ...awkwardDocuments()]

const queries = siteQueries()

it('finds the queries of lib/sanity/queries', () => {
  expect(queries.map(([name]) => name)).toEqual(
    expect.arrayContaining(['articleQuery', 'topicQuery', 'sitemapQuery', 'searchQuery']),
  )
})

describe.each([
  ['the bundled dataset', bundled],
  ['a generated dataset with awkward documents', generated],
])('on %s, indexed results equal plain groq-js', (_, documents) => {
  const indexed = createIndexedSource(documents)
  it.each(queries)('%s', async (_name, query) => {
    const sets = paramSets(query, documents)
    for (const params of sets) {
      const expected = await plainGroq(documents, query, params)
      await expect(indexed.fetch(query, params)).resolves.toStrictEqual(expected)
    }
  })
})
