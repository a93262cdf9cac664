// XML Schema and RELAX NG validation with libxml2 (compiled to WebAssembly). libxml2-wasm is
// an ES module with top-level await: Node scripts load it with import(), and Jest, which cannot,
// reaches it through validate-xml-cli.ts in a child process.
import { readFileSync } from 'node:fs'
import { fixturePath } from './fixtures'

type Libxml2 = typeof import('libxml2-wasm')

export const SCHEMAS = {
  sitemap: 'sitemaps/sitemap.xsd',
  sitemapIndex: 'sitemaps/siteindex.xsd',
  atom: 'seo/atom.rng',
} as const
export type SchemaName = keyof typeof SCHEMAS

function describe(error: unknown, { XmlLibError }: Libxml2): string[] {
  if (error instanceof XmlLibError)
    return error.details.map((detail) => `line ${detail.line}: ${detail.message.trim()}`)
  return [error instanceof Error ? error.message : String(error)]
}

/** The schema's complaints about the document; an empty list when it is valid. */
export async function validateXml(xml: string, schema: SchemaName): Promise<string[]> {
  const libxml2 = await import('libxml2-wasm')
  const { RelaxNGValidator, XmlDocument, XsdValidator } = libxml2
  const file = SCHEMAS[schema]
  const schemaText = readFileSync(fixturePath(file), 'utf8')
  let schemaDoc: InstanceType<Libxml2['XmlDocument']> | undefined
  let doc: InstanceType<Libxml2['XmlDocument']> | undefined
  let validator: InstanceType<Libxml2['XsdValidator']> | InstanceType<Libxml2['RelaxNGValidator']> | undefined
  try {
    doc = XmlDocument.fromString(xml)
    schemaDoc = XmlDocument.fromString(schemaText)
    validator = file.endsWith('.rng') ? RelaxNGValidator.fromDoc(schemaDoc) : XsdValidator.fromDoc(schemaDoc)
    validator.validate(doc)
    return []
  } catch (error) {
    return describe(error, libxml2)
  } finally {
    validator?.dispose()
    schemaDoc?.dispose()
    doc?.dispose()
  }
}
