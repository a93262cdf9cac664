import 'server-only'
import { evaluate, parse } from 'groq-js'
import { embeddedDocuments } from './dataset'

export type QueryParams = Record<string, unknown>

/** Runs a GROQ query in-process with Sanity's own engine, over the bundled dataset. */
export async function queryEmbedded(query: string, params: QueryParams = {}): Promise<unknown> {
  const tree = parse(query, { params })
  const result = await evaluate(tree, { dataset: embeddedDocuments(), params })
  return result.get()
}
