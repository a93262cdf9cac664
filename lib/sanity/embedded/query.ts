import { cache } from 'react'
import { parseEmbeddedIndexEnv } from '@/lib/env/embeddedEnv'
import { createIndexedSource, type QueryParams } from '@/lib/groq-index'
import { embeddedDocuments } from './embeddedDocuments'

export type { QueryParams }

// Read once, when the query layer loads: a bad value stops the server there, in either mode.
const { index } = parseEmbeddedIndexEnv(process.env)

// One map per request (React's cache is scoped to a server render; elsewhere it is a new map on
// each call): generateMetadata and the page asking the same query share one evaluation, as
// Next's fetch memoization gives them in Sanity mode.
const requestResults = cache(() => new Map<string, Promise<unknown>>())

/**
 * Runs a GROQ query in-process with Sanity's own engine, over the bundled dataset as the
 * Content Lake's published perspective shows it (publishedView.ts drops drafts and versions).
 */
export function queryEmbedded(query: string, params: QueryParams = {}): Promise<unknown> {
  const results = requestResults()
  const key = `${query}\u0000${JSON.stringify(params)}`
  let result = results.get(key)
  if (!result) results.set(key, (result = createIndexedSource(embeddedDocuments(), { index }).fetch(query, params)))
  return result
}
