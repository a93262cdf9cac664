import { execFileSync } from 'node:child_process'
import path from 'node:path'
import type { SchemaName } from './xmlSchemas'

/** Validates XML against a schema in tests/fixtures, from Jest, in a child Node process. */
export function validateXmlInChild(xml: string, schema: SchemaName): string[] {
  const cli = path.join(process.cwd(), 'tests/support', 'validateXmlCli.ts')
  const output = execFileSync(process.execPath, ['--import', 'tsx', cli, schema], {
    input: xml,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(output) as string[]
}
