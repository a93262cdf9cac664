import { parseEmbeddedIndexEnv } from '@/lib/env/embeddedEnv'
import { embeddedDocuments } from './embeddedDocuments'
import { queryEmbedded } from './query'
import { prepareTextIndex, searchDocuments, type TextSearchParams } from './textSearch'

const { index } = parseEmbeddedIndexEnv(process.env)

/**
 * The site's search query over the bundled dataset: answered from the text index built once per
 * loaded dataset (textSearch.ts), or, with EMBEDDED_INDEX=off, by groq-js evaluating `query`
 * itself, so the index can be ruled out as it can for every other query.
 */
export async function searchEmbedded(query: string, params: TextSearchParams): Promise<unknown> {
  return index ? searchDocuments(embeddedDocuments(), params) : queryEmbedded(query, params)
}

/** Builds the search index in the background when the index is on; a failure waits for the first search. */
export function warmSearchIndex(): void {
  if (index) prepareTextIndex(embeddedDocuments()).catch(() => undefined)
}
