import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The server secrets a build must never expose, each set to a unique value for one run. */
export const SECRET_NAMES = ['SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN', 'SANITY_REVALIDATE_SECRET'] as const
export type Canaries = Record<(typeof SECRET_NAMES)[number], string>

/** Values shaped like real tokens (the server validates them), unique so any occurrence is a leak. */
export function makeCanaries(): Canaries {
  const make = (label: string) => `canary${label}${randomBytes(16).toString('hex')}`
  return {
    SANITY_API_READ_TOKEN: make('read'),
    SANITY_API_WRITE_TOKEN: make('write'),
    SANITY_REVALIDATE_SECRET: make('webhook'),
  }
}

// A leak can be encoded: base64 (in a cookie or a data URL) at each of its three alignments.
function encodings(value: string): string[] {
  const base64 = [0, 1, 2].map((shift) =>
    Buffer.from(`${'x'.repeat(shift)}${value}`)
      .toString('base64')
      .slice(Math.ceil((shift * 4) / 3) + 1, -4),
  )
  return [value, ...base64.filter((encoded) => encoded.length >= 16)]
}

/** The names of the secrets whose value (plain or base64) occurs in `text`. */
export function leakedIn(text: string, canaries: Canaries): string[] {
  return SECRET_NAMES.filter((name) => encodings(canaries[name]).some((encoded) => text.includes(encoded)))
}

/** Every file under `directory` holding a secret, as "file: NAME". */
export function leaksInDirectory(directory: string, canaries: Canaries): string[] {
  const found: string[] = []
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    for (const name of leakedIn(readFileSync(file).toString('latin1'), canaries))
      found.push(`${path.relative(process.cwd(), file)}: ${name}`)
  }
  return found
}
