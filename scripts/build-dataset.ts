/**
 * Regenerates sanity/dataset/data.ndjson (and images/) from sanity/dataset/source/: the
 * hand-written site settings, people and topics plus every post in source/articles/, imported
 * by the same importer clinics use. Run with `npm run dataset`.
 */
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeDataset } from '../lib/importer/ndjson-writer'
import { danglingReferences } from '../lib/importer/references'
import { importPaths } from '../lib/importer/run-import'

const DATASET = join(__dirname, '..', 'sanity', 'dataset')
const SOURCE = join(DATASET, 'source')

// Hand-written documents are checked only for what the dataset itself relies on: a dot-free id and a type.
const handWritten = z.looseObject({ _id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'an id without dots'), _type: z.string().min(1) })

async function readDocuments(file: string) {
  const json: unknown = JSON.parse(await readFile(join(SOURCE, file), 'utf8'))
  const result = z.union([handWritten, z.array(handWritten)]).safeParse(json)
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`)
  return Array.isArray(result.data) ? result.data : [result.data]
}

async function main(): Promise<void> {
  const handWrittenDocuments = (await Promise.all(['site-settings.json', 'people.json', 'topics.json'].map(readDocuments))).flat()
  const result = await importPaths([join(SOURCE, 'articles')])
  for (const warning of result.warnings) console.warn(`warning: ${warning.file}: ${warning.message}`)
  for (const error of result.errors) console.error(`error: ${error.message}`)
  if (result.errors.length > 0) process.exit(1)

  const documents = [...handWrittenDocuments, ...result.documents]
  const ids = documents.map((document) => document._id)
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index)
  if (repeated.length > 0) throw new Error(`documents defined twice: ${repeated.join(', ')}`)
  const dangling = danglingReferences(documents)
  if (dangling.length > 0) throw new Error(`references to missing documents: ${dangling.join(', ')}`)

  // images/ holds exactly what the data references, so a replaced picture leaves no orphan behind.
  const keep = new Set(result.assets.map((asset) => asset.fileName))
  const existing = await readdir(join(DATASET, 'images')).catch(() => [])
  await Promise.all(existing.filter((name) => !keep.has(name)).map((name) => rm(join(DATASET, 'images', name))))
  await writeDataset(join(DATASET, 'data.ndjson'), documents, result.assets)
  console.log(`sanity/dataset/data.ndjson: ${documents.length} documents (${result.summary.sections} sections, ${result.summary.takeaways} takeaways, ${result.summary.faqs} FAQs, ${result.assets.length} images)`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
