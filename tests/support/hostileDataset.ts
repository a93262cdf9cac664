import { readdirSync } from 'node:fs'
import path from 'node:path'
import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { readNdjsonFile } from '@/lib/dataset/ndjson'
import { publishedView, type SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { fixturePath } from './fixtures'

// Hostile documents (tests/fixtures/hostile/*.ndjson) laid over the bundled dataset: a fixture
// document replaces the bundled one with the same _id (the site settings), the rest are added.
// The bundled articles stay, so the site around the hostile pages is the real one.

const FIXTURE_DIR = fixturePath('hostile')

function fixtureDocuments(): SanityDocument[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.ndjson'))
    .sort()
    .flatMap((file) => readNdjsonFile(path.join(FIXTURE_DIR, file)))
}

/** The combined dataset as the embedded source sees it (published perspective). */
export function hostileDocuments(): SanityDocument[] {
  const fixtures = fixtureDocuments()
  const replaced = new Set(fixtures.map((document) => document._id))
  const bundled = readDatasetDocuments().filter((document) => !replaced.has(document._id))
  return publishedView([...bundled, ...fixtures])
}

/** The fixtures' drafts, which the published site must never show (the embedded source drops them on load). */
export function hostileDrafts(): SanityDocument[] {
  return fixtureDocuments().filter((document) => document._id.startsWith('drafts.'))
}
