import type { SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { bundledDocuments } from './bundledDocuments'

// Tests that need content the bundled dataset lacks (a redirect document, a reviewer, no
// articles at all) swap the embedded source's documents. A test file opts in with:
//   jest.mock('<relative path>/lib/sanity/embedded/embeddedDocuments', () => jest.requireActual('<relative path>/tests/support/mockDataset').datasetModule())
// (a relative path: jest.mock does not resolve the @/ alias)
let current: SanityDocument[] | null = null
// The embedded source reads the documents once per query it evaluates (lib/sanity/embedded/query.ts):
// counting the reads counts the queries, as the Content Lake would count requests.
let reads = 0

/** How many queries have read the documents so far. */
export function documentReads(): number {
  return reads
}

/** Use these documents instead of the bundled ones until reset. */
export function setDocuments(documents: SanityDocument[]): void {
  current = documents
}

/** Back to the bundled dataset. */
export function resetDocuments(): void {
  current = null
}

/** The bundled dataset plus (or with replaced) documents. */
export function bundledWith(...extra: SanityDocument[]): SanityDocument[] {
  const ids = new Set(extra.map((document) => document._id))
  return [...bundledDocuments().filter((document) => !ids.has(document._id)), ...extra]
}

export function datasetModule() {
  const actual = jest.requireActual<typeof import('../../lib/sanity/embedded/embeddedDocuments')>(
    '../../lib/sanity/embedded/embeddedDocuments',
  )
  return {
    ...actual,
    embeddedDocuments: () => {
      reads += 1
      return current ?? actual.embeddedDocuments()
    },
  }
}
