/**
 * Regenerates sanity/dataset/data.ndjson (and images/) from sanity/dataset/source/ with the
 * same importer clinics use. Run with `npm run dataset`; the bundled-dataset test fails when the
 * committed file is out of date.
 */
import { readdir, rm } from 'node:fs/promises'
import {
  BUNDLED_DATASET_DIR,
  BUNDLED_DATASET_FILE,
  bundledImagePath,
  bundledImagesDir,
  bundledSourcePath,
  datasetFilePath,
} from '../lib/dataset/bundledDataset'
import { writeDataset } from '../lib/dataset/datasetWriter'
import { buildBundledDataset } from '../lib/importer/buildBundledDataset'
import { formatSummary } from '../lib/importer/summary'

async function main(): Promise<void> {
  const { documents, assets, imported } = await buildBundledDataset(bundledSourcePath())
  for (const warning of imported.warnings) console.warn(`warning: ${warning.file}: ${warning.message}`)

  // images/ holds exactly what the data references, so a replaced picture leaves no orphan behind.
  const keep = new Set(assets.map((asset) => asset.fileName))
  const existing = await readdir(bundledImagesDir()).catch(() => [])
  await Promise.all(existing.filter((name) => !keep.has(name)).map((name) => rm(bundledImagePath(name))))
  await writeDataset(datasetFilePath(), documents, assets)
  console.log(
    `${BUNDLED_DATASET_DIR}/${BUNDLED_DATASET_FILE}: ${documents.length} documents; imported ${formatSummary(imported.summary)}`,
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
