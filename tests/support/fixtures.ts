import path from 'node:path'

/** A file under tests/fixtures, by its path there: the same call from any test, wherever it lives. */
export function fixturePath(...parts: string[]): string {
  return path.join(process.cwd(), 'tests', 'fixtures', ...parts)
}
