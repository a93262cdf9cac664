import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { publishedView, type SanityDocument } from '@/lib/sanity/embedded/publishedView'

/** The bundled dataset as the embedded source loads it. */
export function bundledDocuments(): SanityDocument[] {
  return publishedView(readDatasetDocuments())
}

export type Doc = SanityDocument & Record<string, unknown>

export function documentsOfType(type: string): Doc[] {
  return bundledDocuments().filter((document): document is Doc => document._type === type)
}
