// XML Schema and RELAX NG validation with libxml2 (compiled to WebAssembly). libxml2-wasm is
// an ES module with top-level await, which Jest cannot load: Jest tests reach it through
// validate-xml-cli.mts in a child process; the built-site check imports it directly.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { RelaxNGValidator, XmlDocument, XmlLibError, XsdValidator } from 'libxml2-wasm'

export const SCHEMAS = {
  sitemap: 'sitemaps/sitemap.xsd',
  sitemapIndex: 'sitemaps/siteindex.xsd',
  atom: 'seo/atom.rng',
} as const
export type SchemaName = keyof typeof SCHEMAS

function describe(error: unknown): string[] {
  if (error instanceof XmlLibError) return error.details.map((detail) => `line ${detail.line}: ${detail.message.trim()}`)
  return [error instanceof Error ? error.message : String(error)]
}

/** The schema's complaints about the document; an empty list when it is valid. */
export function validateXml(xml: string, schema: SchemaName): string[] {
  const file = SCHEMAS[schema]
  const schemaText = readFileSync(path.join(process.cwd(), 'tests/fixtures', file), 'utf8')
  let schemaDoc: XmlDocument | undefined
  let doc: XmlDocument | undefined
  let validator: XsdValidator | RelaxNGValidator | undefined
  try {
    doc = XmlDocument.fromString(xml)
    schemaDoc = XmlDocument.fromString(schemaText)
    validator = file.endsWith('.rng') ? RelaxNGValidator.fromDoc(schemaDoc) : XsdValidator.fromDoc(schemaDoc)
    validator.validate(doc)
    return []
  } catch (error) {
    return describe(error)
  } finally {
    validator?.dispose()
    schemaDoc?.dispose()
    doc?.dispose()
  }
}
