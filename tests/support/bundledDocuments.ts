import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseNdjsonDataset, type SanityDocument } from '@/lib/sanity/embedded/publishedView'

/** The bundled dataset as the embedded source loads it. */
export function bundledDocuments(): SanityDocument[] {
  return parseNdjsonDataset(readFileSync(path.join(process.cwd(), 'sanity/dataset/data.ndjson'), 'utf8'), 'data.ndjson')
}

export type Doc = SanityDocument & Record<string, unknown>

export function documentsOfType(type: string): Doc[] {
  return bundledDocuments().filter((document): document is Doc => document._type === type)
}
