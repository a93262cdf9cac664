/**
 * npm run bench:query [-- --articles 10,100,1000,10000] [--seed S] [--runs R] [--seconds T]
 * Median and p95 time of the site's main queries on the embedded source, per dataset size; the
 * datasets are generated when missing. Plain groq-js (no indexes) runs alongside up to
 * --plain-max articles, to show what the indexes save. Search is timed as the site runs it in
 * embedded mode: the search query answered from the text index (lib/sanity/embedded/textSearch.ts),
 * with terms read from a reader's input as the search page reads them.
 */
import { statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseSearchInput } from '@/lib/content/searchInput'
import { createIndexedSource } from '@/lib/groq-index'
import { readNdjsonFile } from '@/lib/dataset/ndjson'
import { publishedView, type SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { searchDocuments } from '@/lib/sanity/embedded/textSearch'
import { benchDatasetPath, DEFAULT_SEED, ensureBenchDataset } from '../../tooling/benchDatasetFile'
import { EXAMPLE_ARTICLE_SLUG } from '../../tooling/exampleArticle'
import { runContext } from './machine'
import { loadQueryCatalog } from './queryCatalog'
import { markdownTable, report } from './report'
import { bytes, median, ms, percentile } from './stats'
import { wholeNumber } from './wholeNumber'
import { languageParams } from '../../lib/i18n/languages'

type Params = Record<string, unknown>
type Runner = (query: string, params: Params) => Promise<unknown>
/** `run`: how the site answers this query in embedded mode when it is not the indexed groq-js source. */
type Case = { label: string; query: string; params: Params[]; run?: Runner }

const GOALS: Record<number, number> = { 1000: 2, 10000: 10 }
const SEARCH_GOAL_MS = 50
const SEARCHES = ['ketamine', 'postpartum depression', 'sleep']

const slugOf = (doc: SanityDocument) => (doc.slug as { current?: string } | undefined)?.current
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * (items.length - 1)) / (count - 1))]!)
}

function cases(documents: SanityDocument[]): Case[] {
  const catalog = new Map(loadQueryCatalog().map((entry) => [entry.name, entry.query]))
  const query = (name: string) => {
    const text = catalog.get(name)
    if (!text) throw new Error(`lib/sanity/queries exports no ${name}`)
    return text
  }
  const slugs = (type: string) =>
    documents
      .filter((doc) => doc._type === type)
      .map(slugOf)
      .filter((slug): slug is string => Boolean(slug))
  // The generated datasets are English: every page query reads one language.
  const english = languageParams('en')
  return [
    // The example article sits on the three biggest topics: the costliest related-articles lookup.
    { label: 'article (example)', query: query('articleQuery'), params: [{ slug: EXAMPLE_ARTICLE_SLUG, ...english }] },
    {
      label: 'article (25 others)',
      query: query('articleQuery'),
      params: spread(slugs('article'), 25).map((slug) => ({ slug, ...english })),
    },
    { label: 'list (/blog page 1)', query: query('articleIndexQuery'), params: [{ start: 0, end: 10, ...english }] },
    {
      label: 'topic (10 topics)',
      query: query('topicQuery'),
      params: spread(slugs('topic'), 10).map((slug) => ({ slug, ...english })),
    },
    {
      label: `search (${SEARCHES.length} searches)`,
      query: query('searchQuery'),
      params: SEARCHES.map((text) => ({ terms: parseSearchInput(text).terms, limit: 20, ...english })),
      run: (_query, params) => searchDocuments(documents, params as { terms: string[]; limit: number }),
    },
    { label: 'sitemap', query: query('sitemapQuery'), params: [{}] },
  ]
}

/** Times runs (cycling through the parameter sets) until `runs` samples or `seconds` have passed. */
async function measure(run: Runner, { query, params }: Case, runs: number, seconds: number): Promise<number[]> {
  await run(query, params[0]!) // warm-up: first-call compilation is not what a page build pays each time
  const samples: number[] = []
  const deadline = performance.now() + seconds * 1000
  while (samples.length < runs && (samples.length < 3 || performance.now() < deadline)) {
    const started = performance.now()
    await run(query, params[samples.length % params.length]!)
    samples.push(performance.now() - started)
  }
  return samples
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10,100,1000,10000' },
      seed: { type: 'string' },
      runs: { type: 'string', default: '30' },
      seconds: { type: 'string', default: '3' },
      'plain-max': { type: 'string', default: '100' },
    },
  })
  const sizes = values.articles.split(',').map((text) => wholeNumber('--articles', text, 1))
  const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber('--seed', values.seed, 0)
  const runs = wholeNumber('--runs', values.runs, 3)
  const seconds = wholeNumber('--seconds', values.seconds, 1)
  const plainMax = wholeNumber('--plain-max', values['plain-max'], 0)
  const context = runContext()

  const datasetRows: (string | number)[][] = []
  const queryRows: (string | number)[][] = []
  const goals: string[] = []
  for (const articles of sizes) {
    const name = ensureBenchDataset(articles, seed)
    const file = benchDatasetPath(name)
    let started = performance.now()
    const documents = publishedView(readNdjsonFile(file))
    const loadMs = performance.now() - started
    started = performance.now()
    const indexed = createIndexedSource(documents) // builds the indexes
    const indexMs = performance.now() - started
    started = performance.now()
    await searchDocuments(documents, { terms: ['warm*'], limit: 1 }) // builds the text index, once per dataset
    const textIndexMs = performance.now() - started
    datasetRows.push([articles, documents.length, bytes(statSync(file).size), ms(loadMs), ms(indexMs), ms(textIndexMs)])
    console.log(
      `${articles} articles: ${documents.length} documents loaded in ${ms(loadMs)} ms, indexed in ${ms(indexMs)} ms, text index in ${ms(textIndexMs)} ms`,
    )

    const plain = createIndexedSource(documents, { index: false }) // what EMBEDDED_INDEX=off runs
    for (const entry of cases(documents)) {
      const samples = await measure(entry.run ?? indexed.fetch, entry, runs, seconds)
      const plainSamples =
        articles <= plainMax ? await measure(plain.fetch, entry, Math.min(runs, 10), seconds) : undefined
      const row = [
        articles,
        entry.label,
        samples.length,
        ms(median(samples)),
        ms(percentile(samples, 0.95)),
        plainSamples ? ms(median(plainSamples)) : '-',
        plainSamples ? `${(median(plainSamples) / median(samples)).toFixed(1)}x` : '-',
      ]
      queryRows.push(row)
      console.log(row.join('  '))
      const goal = GOALS[articles]
      if (articles === 10000 && entry.run) {
        const met = median(samples) < SEARCH_GOAL_MS
        goals.push(
          `- ${entry.label} at ${articles} articles: median ${ms(median(samples))} ms, goal < ${SEARCH_GOAL_MS} ms: ${met ? 'met' : `missed by ${ms(median(samples) - SEARCH_GOAL_MS)} ms`}`,
        )
      }
      if (goal !== undefined && entry.label.startsWith('article')) {
        const met = median(samples) < goal
        goals.push(
          `- ${entry.label} at ${articles} articles: median ${ms(median(samples))} ms, goal < ${goal} ms: ${met ? 'met' : `missed by ${ms(median(samples) - goal)} ms`}`,
        )
      }
    }
  }

  report(`bench:query (${sizes.join(', ')} articles, seed ${seed})`, context, [
    markdownTable({
      head: ['articles', 'documents', 'file', 'load ms', 'index ms', 'text index ms'],
      rows: datasetRows,
    }),
    markdownTable({
      head: ['articles', 'query', 'runs', 'median ms', 'p95 ms', 'plain groq-js median ms', 'speed-up'],
      rows: queryRows,
    }),
    ...(goals.length > 0 ? [goals.join('\n')] : []),
  ])
}

main().catch((error: unknown) => {
  console.error(`bench:query: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
