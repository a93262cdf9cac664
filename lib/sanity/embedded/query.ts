import 'server-only'
import { embeddedDocuments } from './dataset'
import { indexedQuery, type QueryParams } from './indexedQuery'

export type { QueryParams }

/** Runs a GROQ query in-process with Sanity's own engine, over the bundled dataset. */
export async function queryEmbedded(query: string, params: QueryParams = {}): Promise<unknown> {
  return indexedQuery(embeddedDocuments())(query, params)
}
