import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readDatasetText } from '@/lib/dataset/bundledDataset'
import { parseNdjson } from '@/lib/dataset/ndjson'
import { publishedView, type SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { fixturePath } from './fixtures'

// Hostile documents (tests/fixtures/hostile/*.ndjson) laid over the bundled dataset: a fixture
// document replaces the bundled one with the same _id (the site settings), the rest are added.
// The bundled articles stay, so the site around the hostile pages is the real one.

const FIXTURE_DIR = fixturePath('hostile')

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim())
}

function idOf(line: string): string {
  return (JSON.parse(line) as { _id: string })._id
}

function fixtureLines(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.ndjson'))
    .sort()
    .flatMap((file) => lines(readFileSync(path.join(FIXTURE_DIR, file), 'utf8')))
}

/** The combined dataset as NDJSON, in `sanity dataset export` format like the bundled one. */
function hostileDatasetText(): string {
  const fixtures = fixtureLines()
  const replaced = new Set(fixtures.map(idOf))
  const bundled = lines(readDatasetText()).filter((line) => !replaced.has(idOf(line)))
  return [...bundled, ...fixtures].join('\n') + '\n'
}

/** The combined dataset as the embedded source sees it (published perspective). */
export function hostileDocuments(): SanityDocument[] {
  return publishedView(parseNdjson(hostileDatasetText(), 'tests/fixtures/hostile'))
}

/** The fixtures' drafts, which the published site must never show (the embedded source drops them on load). */
export function hostileDrafts(): SanityDocument[] {
  return fixtureLines()
    .map((line) => JSON.parse(line) as SanityDocument)
    .filter((document) => document._id.startsWith('drafts.'))
}
