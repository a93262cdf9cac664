import 'server-only'
import { cache } from 'react'
import { embeddedDocuments } from './dataset'
import { indexedQuery, type QueryParams } from './indexedQuery'

export type { QueryParams }

// One map per request (React's cache is scoped to a server render; elsewhere it is a new map on
// each call): generateMetadata and the page asking the same query share one evaluation, as
// Next's fetch memoization gives them in Sanity mode.
const requestResults = cache(() => new Map<string, Promise<unknown>>())

/** Runs a GROQ query in-process with Sanity's own engine, over the bundled dataset. */
export function queryEmbedded(query: string, params: QueryParams = {}): Promise<unknown> {
  const results = requestResults()
  const key = `${query}\u0000${JSON.stringify(params)}`
  let result = results.get(key)
  if (!result) results.set(key, (result = indexedQuery(embeddedDocuments())(query, params)))
  return result
}
