import { evaluate, parse } from 'groq-js'
import { buildDatasetIndex } from './datasetIndex'
import { indexTree } from './indexTree'
import { createDereference } from './lookupKey'
import type { SanityDocument } from './parseDataset'

export type QueryParams = Record<string, unknown>
export type QueryRunner = (query: string, params?: QueryParams) => Promise<unknown>

// One runner, and so one index, per loaded dataset: built on the first query, reused after.
const runners = new WeakMap<readonly SanityDocument[], QueryRunner>()

/**
 * Runs GROQ with Sanity's own engine (groq-js) over these documents. Filters on `_type`, `_id`,
 * slug and references read their candidates from indexes and `->` is a map lookup, instead of
 * scans of everything; tests/perf/indexedQueries.test.ts proves the results equal plain groq-js's.
 */
export function indexedQuery(documents: readonly SanityDocument[]): QueryRunner {
  let runner = runners.get(documents)
  if (!runner) {
    const dereference = createDereference(buildDatasetIndex(documents))
    runner = async (query, params = {}) => {
      const tree = indexTree(parse(query, { params }))
      return (await evaluate(tree, { dataset: documents, params, dereference })).get()
    }
    runners.set(documents, runner)
  }
  return runner
}
