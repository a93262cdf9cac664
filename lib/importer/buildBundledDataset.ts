import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { BundledDataset } from '../dataset/bundledDataset'
import type { DocumentLike } from '../dataset/ndjson'
import { danglingReferences } from './references'
import { importPaths, type ImportResult } from './runImport'

// Hand-written documents are checked only for what the dataset itself relies on: a dot-free id and a type.
const handWritten = z.looseObject({
  _id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'an id without dots'),
  _type: z.string().min(1),
})

const HAND_WRITTEN_FILES = ['site-settings.json', 'people.json', 'topics.json']

async function readHandWritten(source: string, file: string): Promise<DocumentLike[]> {
  const json: unknown = JSON.parse(await readFile(join(source, file), 'utf8'))
  const result = z.union([handWritten, z.array(handWritten)]).safeParse(json)
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`)
  return Array.isArray(result.data) ? result.data : [result.data]
}

/** The bundled dataset as built, with the import's summary and warnings for the build script to report. */
export interface BuiltDataset extends BundledDataset {
  imported: ImportResult
}

/**
 * The bundled dataset from its sources (sanity/dataset/source/): the hand-written site settings,
 * people and topics, plus every post in articles/ run through the importer. Any import error,
 * repeated id or reference to a missing document fails the build rather than shipping broken data.
 */
export async function buildBundledDataset(source: string): Promise<BuiltDataset> {
  const handWrittenDocuments = (
    await Promise.all(HAND_WRITTEN_FILES.map((file) => readHandWritten(source, file)))
  ).flat()
  const imported = await importPaths([join(source, 'articles')])
  if (imported.errors.length > 0) throw new Error(imported.errors.map((error) => error.message).join('\n'))

  const written = new Set(handWrittenDocuments.map((document) => document._id))
  const documents = [
    ...handWrittenDocuments,
    ...imported.documents,
    ...imported.shared.filter((document) => !written.has(document._id)),
  ]
  const ids = documents.map((document) => document._id)
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index)
  if (repeated.length > 0) throw new Error(`documents defined twice: ${repeated.join(', ')}`)
  const dangling = danglingReferences(documents)
  if (dangling.length > 0) throw new Error(`references to missing documents: ${dangling.join(', ')}`)
  return { documents, assets: imported.assets, imported }
}
