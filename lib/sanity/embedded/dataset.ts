import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseNdjsonDataset, type SanityDocument } from './parseDataset'

// Read from a fixed directory: a path built from a variable would make Next's file tracing
// copy the whole project into the server bundle.
const DATASET_FILE = process.env.EMBEDDED_DATASET_FILE || 'data.ndjson'

let loaded: SanityDocument[] | undefined

/** The bundled dataset as the Content Lake's published perspective sees it, loaded once per process. */
export function embeddedDocuments(): SanityDocument[] {
  loaded ??= parseNdjsonDataset(
    readFileSync(path.join(process.cwd(), 'sanity/dataset', path.basename(DATASET_FILE)), 'utf8'),
    DATASET_FILE,
  )
  return loaded
}
