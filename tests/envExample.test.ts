import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// .env files hold tokens and the webhook secret: git must never pick one up, while the
// committed .env.example names every variable the app reads, so nothing has to be guessed.

const ROOT = path.join(__dirname, '..')

/** Whether git would ignore a file at this path (it need not exist). */
function ignored(file: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '--quiet', '--no-index', file], { cwd: ROOT })
    return true
  } catch {
    return false
  }
}

/** The variables the zod schemas in lib/env read: the keys of their z.object({ … }) shapes. */
function variablesReadByTheApp(): string[] {
  const dir = path.join(ROOT, 'lib/env')
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(path.join(dir, file), 'utf8').matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)])
    .map((match) => match[1] as string)
  return [...new Set(names)].sort()
}

describe('environment files', () => {
  it.each(['.env', '.env.local', '.env.production', '.env.production.local', 'sub/.env'])('git ignores %s', (file) => {
    expect(ignored(file)).toBe(true)
  })

  it('git keeps .env.example', () => {
    expect(ignored('.env.example')).toBe(false)
  })

  it('.env.example lists every variable lib/env reads, and nothing else', () => {
    const listed = [...readFileSync(path.join(ROOT, '.env.example'), 'utf8').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)]
      .map((match) => match[1] as string)
      .sort()
    const read = variablesReadByTheApp()
    expect(read.length).toBeGreaterThanOrEqual(10)
    expect(listed).toEqual(read)
  })

  it('.env.example holds no value, so no secret can end up in it', () => {
    const assignments = readFileSync(path.join(ROOT, '.env.example'), 'utf8').match(/^[A-Z][A-Z0-9_]+=.+$/gm)
    expect(assignments).toBeNull()
  })
})
