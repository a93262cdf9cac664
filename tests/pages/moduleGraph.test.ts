import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// Next refuses (at build) or breaks (at run time: every request a 500) a Pages Router module that
// imports `server-only` or `next/headers`, however deep. The Jest tests load these modules without
// Next's bundler, so they cannot see it; this walks the project's own import graph from pages/.

const ROOT = process.cwd()
const FORBIDDEN = [/^import\s+['"]server-only['"]/m, /from\s+['"]next\/headers['"]/]
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null
  if (!base) return null
  const candidates = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((suffix) => base + suffix)
  return candidates.find((file) => existsSync(file) && /\.tsx?$/.test(file)) ?? null
}

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? pageFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** Every project module a page reaches, with the chain of imports that reaches it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]])
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.shift() as string
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(file, (match[1] ?? match[2]) as string)
      if (target && !seen.has(target)) {
        seen.set(target, [...(seen.get(file) as string[]), target])
        queue.push(target)
      }
    }
  }
  return seen
}

describe('modules the Pages Router loads', () => {
  it.each(pageFiles(path.join(ROOT, 'pages')).map((file) => [path.relative(ROOT, file), file]))(
    '%s reaches no server-only or next/headers import',
    (_, entry) => {
      const offenders = [...reachable(entry)]
        .filter(([file]) => FORBIDDEN.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
        .map(([, chain]) => chain.map((file) => path.relative(ROOT, file)).join(' -> '))
      expect(offenders).toEqual([])
    },
  )
})
