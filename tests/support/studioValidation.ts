import type { SanityClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import { createSchema, validateDocument, type SanityDocument, type Workspace } from 'sanity'
import { schemaTypes } from '@/sanity/schemaTypes'
import { contentPluginSchemaTypes } from '@/sanity/studio/contentPlugins'

type Marker = {
  level: 'error' | 'warning' | 'info'
  message: string
  path: (string | number | { _key: string } | [number | '', number | ''])[]
}

const schema = createSchema({ name: 'test', types: [...schemaTypes, ...contentPluginSchemaTypes()] })

/**
 * Runs the Studio's own validation (the rules in sanity/schemaTypes) on a document, offline:
 * custom rules that query the dataset get a client answering from `dataset` with groq-js.
 */
export async function validateWithStudioRules(
  document: SanityDocument,
  dataset: SanityDocument[],
  // 'cli' (as `sanity documents validate`) also warns about unknown fields, but it downgrades
  // every rule on an object-typed field (a slug, an image) to a warning; 'studio' reports levels
  // exactly as an editor sees them.
  environment: 'cli' | 'studio' = 'cli',
): Promise<Marker[]> {
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}) =>
      (await evaluate(parse(query, { params }), { dataset, params })).get(),
  }
  // Only the parts of a workspace that validation reads: the schema and a client factory.
  const workspace = { schema, getClient: () => client } as unknown as Workspace
  const ids = new Set(dataset.map((doc) => doc._id))
  const markers = await validateDocument({
    document,
    workspace,
    environment,
    getClient: () => client as unknown as SanityClient,
    getDocumentExists: async ({ id }) => ids.has(id),
  })
  return markers as Marker[]
}

function pathText(path: Marker['path']): string {
  return path
    .map((segment) =>
      typeof segment === 'object' && !Array.isArray(segment) ? `[_key=="${segment._key}"]` : String(segment),
    )
    .join('.')
}

/** Error-level markers as "path: message", easy to read in a failing assertion. */
export function errorsOf(markers: Marker[]): string[] {
  return markers
    .filter((marker) => marker.level === 'error')
    .map((marker) => `${pathText(marker.path)}: ${marker.message}`)
}
