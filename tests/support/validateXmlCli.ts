// Reads an XML document on stdin, validates it against the named schema (see SCHEMAS) and
// prints the errors as JSON: the bridge Jest tests use to reach libxml2-wasm.
import { SCHEMAS, validateXml, type SchemaName } from './xmlSchemas'

async function main() {
  const schema = process.argv[2]
  if (!schema || !(schema in SCHEMAS)) {
    console.error(`usage: validate-xml-cli.ts <${Object.keys(SCHEMAS).join('|')}> < document.xml`)
    process.exit(2)
  }
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  process.stdout.write(JSON.stringify(await validateXml(Buffer.concat(chunks).toString('utf8'), schema as SchemaName)))
}

void main()
