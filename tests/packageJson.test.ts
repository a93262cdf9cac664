import { builtinModules } from 'node:module'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// A package imported by the project's own code must be declared in package.json, not present only
// because another package depends on it: npm may move, upgrade or drop it at any install.

const ROOT = path.join(__dirname, '..')
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'coverage', 'test-results', 'public'])
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.next')
        ? []
        : sourceFiles(path.join(dir, entry.name))
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path.join(dir, entry.name)] : []
  })
}

/** The package a module specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('@/')) return null
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] as string)) return null
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string)
}

const IMPORT =
  /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+|jest\.(?:mock|requireActual)\s*\(\s*)['"]([^'"\s]+)['"]/g

describe('package.json', () => {
  it('declares every package the project imports directly', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies: Record<string, string>
    }
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)])
    const undeclared = new Map<string, string>()
    for (const file of sourceFiles(ROOT)) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const name = packageOf(match[1] as string)
        if (name && !declared.has(name) && !undeclared.has(name)) undeclared.set(name, path.relative(ROOT, file))
      }
    }
    expect(Object.fromEntries(undeclared)).toEqual({})
  })
})
