import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// lib/groq-index is one module with one entry point: the rest of the repo sees createIndexedSource
// and its types, never the planner or the indexes, and the module depends on nothing of the
// repo's, so it can be read, replaced or switched off on its own.

const ROOT = process.cwd()
const MODULE = 'lib/groq-index'
const SKIP = new Set(['node_modules', '.git', '.next', 'coverage'])

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name) || entry.name.startsWith('.next')) return []
    const relative = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(relative)
    return /\.(ts|tsx|mjs|cjs|js)$/.test(entry.name) ? [relative] : []
  })
}

// import … from, import(), side-effect imports, require() and Jest's requireActual/mock/doMock.
const SPECIFIER_PATTERNS = [
  /\bfrom\s+['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]/g,
  /^\s*import\s+['"]([^'"]+)['"]/gm,
  /\b(?:require|requireActual|requireMock|mock|doMock)\s*(?:<[^>]*>)?\s*\(\s*['"]([^'"]+)['"]/g,
]

/** The module specifiers a file imports, requires or mocks. */
function specifiers(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8')
  return SPECIFIER_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!))
}

/** Where a specifier points, relative to the repo root, or null for a package. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return specifier.slice(2)
  if (specifier.startsWith('.')) return path.posix.join(path.posix.dirname(file), specifier)
  return null
}

const files = sourceFiles('.')

it("finds the repo's sources, the module's own among them", () => {
  expect(files).toEqual(
    expect.arrayContaining([`${MODULE}/index.ts`, 'lib/sanity/embedded/query.ts', 'scripts/bench/query.ts']),
  )
})

it('is imported only through its entry point outside its own folder and tests', () => {
  const outside = files.filter((file) => !file.startsWith(`${MODULE}/`) && !file.startsWith('tests/lib/groq-index/'))
  const deepImports = outside.flatMap((file) =>
    specifiers(file)
      .filter((specifier) => target(file, specifier)?.startsWith(`${MODULE}/`))
      .map((specifier) => `${file} imports ${specifier}`),
  )
  expect(deepImports).toEqual([])
})

it('depends on groq-js and Node alone', () => {
  const external = files
    .filter((file) => file.startsWith(`${MODULE}/`))
    .flatMap((file) =>
      specifiers(file)
        .filter(
          (specifier) => !(specifier.startsWith('./') || specifier === 'groq-js' || specifier.startsWith('node:')),
        )
        .map((specifier) => `${file} imports ${specifier}`),
    )
  expect(external).toEqual([])
})
