import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

// sanity.types.ts maps each query's exact text to its result type (interface SanityQueries).
// Comparing that map with the queries the code defines tells whether `npm run typegen` was run
// after the last query change, and tests/lib/sanity/queries/resultTypes/queryResults.ts must check every result type.

const typesFile = ts.createSourceFile(
  'sanity.types.ts',
  readFileSync(path.join(process.cwd(), 'sanity.types.ts'), 'utf8'),
  ts.ScriptTarget.Latest,
)

function generatedQueries(): Map<string, string> {
  const queries = new Map<string, string>()
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'SanityQueries') {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.name && ts.isStringLiteral(member.name) && member.type) {
          queries.set(member.name.text, member.type.getText(typesFile))
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(typesFile)
  return queries
}

async function definedQueries(): Promise<Map<string, string>> {
  const dir = path.join(process.cwd(), 'lib/sanity/queries')
  const queries = new Map<string, string>()
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const exports = (await import(path.join(dir, file.replace(/\.ts$/, '')))) as Record<string, unknown>
    for (const [name, value] of Object.entries(exports)) {
      if (name.endsWith('Query') && typeof value === 'string') queries.set(value, `${file}: ${name}`)
    }
  }
  return queries
}

describe('generated query types', () => {
  it('are up to date with every query (otherwise run `npm run typegen`)', async () => {
    const generated = generatedQueries()
    const defined = await definedQueries()
    expect(defined.size).toBeGreaterThan(10)
    const withoutType = [...defined].filter(([text]) => !generated.has(text)).map(([, where]) => where)
    const stale = [...generated].filter(([text]) => !defined.has(text)).map(([, type]) => type)
    expect({ withoutType, stale }).toEqual({ withoutType: [], stale: [] })
  })

  it('are each compared with their zod schema in tests/lib/sanity/queries/resultTypes/queryResults.ts', () => {
    const checks = readFileSync(
      path.join(process.cwd(), 'tests/lib/sanity/queries/resultTypes/queryResults.ts'),
      'utf8',
    )
    const unchecked = [...new Set(generatedQueries().values())].filter((type) => !checks.includes(`Generated.${type}`))
    expect(unchecked).toEqual([])
  })
})
