import Module from 'node:module'
import { readdirSync } from 'node:fs'
import path from 'node:path'

export type CatalogQuery = { file: string; name: string; query: string }

const QUERIES_DIR = path.join(process.cwd(), 'lib/sanity/queries')

/**
 * Every GROQ query the site runs: each string export named `…Query` in lib/sanity/queries.
 * Those files also hold getters that fetch through Next (draft mode, cache tags), which cannot
 * load outside a Next server; the bench needs only the strings, so lib/sanity/fetch.ts is
 * replaced in the module cache by a stand-in that refuses to fetch.
 */
export function loadQueryCatalog(): CatalogQuery[] {
  const fetchFile = path.join(process.cwd(), 'lib/sanity/fetch.ts')
  const standIn = new Module(fetchFile)
  standIn.filename = fetchFile
  standIn.loaded = true
  standIn.exports = {
    sanityFetch: () => {
      throw new Error('the bench reads query strings only; sanityFetch is not available here')
    },
  }
  require.cache[fetchFile] = standIn

  const catalog: CatalogQuery[] = []
  for (const file of readdirSync(QUERIES_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the stand-in is in place
    const exports = require(path.join(QUERIES_DIR, file)) as Record<string, unknown>
    for (const [name, value] of Object.entries(exports)) {
      if (name.endsWith('Query') && typeof value === 'string') catalog.push({ file, name, query: value })
    }
  }
  return catalog
}
