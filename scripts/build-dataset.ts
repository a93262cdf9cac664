/**
 * Regenerates sanity/dataset/data.ndjson (and images/) from sanity/dataset/source/ with the
 * same importer clinics use. Run with `npm run dataset`; tests/importer/bundled-dataset.test.ts
 * fails when the committed file is out of date.
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { buildBundledDataset } from '../lib/importer/bundled-dataset'
import { writeDataset } from '../lib/importer/ndjson-writer'
import { formatSummary } from '../lib/importer/summary'

const DATASET = join(__dirname, '..', 'sanity', 'dataset')

async function main(): Promise<void> {
  const { documents, assets, imported } = await buildBundledDataset(join(DATASET, 'source'))
  for (const warning of imported.warnings) console.warn(`warning: ${warning.file}: ${warning.message}`)

  // images/ holds exactly what the data references, so a replaced picture leaves no orphan behind.
  const keep = new Set(assets.map((asset) => asset.fileName))
  const existing = await readdir(join(DATASET, 'images')).catch(() => [])
  await Promise.all(existing.filter((name) => !keep.has(name)).map((name) => rm(join(DATASET, 'images', name))))
  await writeDataset(join(DATASET, 'data.ndjson'), documents, assets)
  console.log(`sanity/dataset/data.ndjson: ${documents.length} documents; imported ${formatSummary(imported.summary)}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
