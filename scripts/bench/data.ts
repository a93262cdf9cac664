/**
 * npm run bench:data -- --articles N [--seed S] [--out file]
 * Writes a generated dataset of N articles (default sanity/dataset/bench-N.ndjson); run the site
 * on it with EMBEDDED_DATASET_FILE=bench-N.ndjson.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { benchDatasetName, DEFAULT_SEED, writeBenchDataset } from '../../tooling/benchDatasetFile'
import { wholeNumber } from './wholeNumber'

function main(): void {
  const { values } = parseArgs({
    options: { articles: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  })
  if (values.articles === undefined)
    throw new Error('usage: npm run bench:data -- --articles N [--seed S] [--out file]')
  const articles = wholeNumber('--articles', values.articles, 1)
  const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber('--seed', values.seed, 0)
  const out = values.out ?? benchDatasetName(articles, seed)
  const started = performance.now()
  const written = writeBenchDataset({ articles, seed, out })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `${path.relative(process.cwd(), written.file)}: ${articles} articles, ${written.documents} documents, ${(written.bytes / 1e6).toFixed(1)} MB in ${seconds} s (seed ${seed})`,
  )
  console.log(`use it: EMBEDDED_DATASET_FILE=${path.basename(written.file)}`)
}

try {
  main()
} catch (error) {
  console.error(`bench:data: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
