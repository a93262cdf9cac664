import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A scratch folder per test file, removed afterwards, so tests never touch the repository. */
export function useTempDir(): {
  path: (name: string) => string
  write: (name: string, content: string | Uint8Array) => Promise<string>
} {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'importer-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  const path = (name: string) => join(dir, name)
  return {
    path,
    write: async (name, content) => {
      await writeFile(path(name), content)
      return path(name)
    },
  }
}
