// XML Schema and RELAX NG validation with libxml2 (compiled to WebAssembly). libxml2-wasm is
// an ES module with top-level await: Node scripts load it with import(), and Jest, which cannot,
// reaches it through validate-xml-cli.ts in a child process.
import { readFileSync } from 'node:fs'
import { fixturePath } from './fixtures'

type Libxml2 = typeof import('libxml2-wasm')

export const SCHEMAS = {
  // sitemaps.org's schema plus the xhtml:link element of hreflang alternates (it imports both).
  sitemap: 'sitemaps/sitemap-with-alternates.xsd',
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
  // A schema that imports others (sitemap-with-alternates.xsd) reads them from disk, by path
  // relative to its own.
  const { xmlRegisterFsInputProviders } = await import('libxml2-wasm/lib/nodejs.mjs')
  xmlRegisterFsInputProviders()
  const file = SCHEMAS[schema]
  const schemaPath = fixturePath(file)
  const schemaText = readFileSync(schemaPath, 'utf8')
  let schemaDoc: InstanceType<Libxml2['XmlDocument']> | undefined
  let doc: InstanceType<Libxml2['XmlDocument']> | undefined
  let validator: InstanceType<Libxml2['XsdValidator']> | InstanceType<Libxml2['RelaxNGValidator']> | undefined
  try {
    doc = XmlDocument.fromString(xml)
    schemaDoc = XmlDocument.fromString(schemaText, { url: schemaPath })
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
