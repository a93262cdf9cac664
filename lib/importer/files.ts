import { readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'

export type Format = 'text' | 'html' | 'wxr'

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'wxr',
}

/** The format a file's extension announces; undefined for files a folder walk should skip. */
export function formatOf(path: string): Format | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()]
}

async function walk(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => {
        const path = join(directory, entry.name)
        if (entry.isDirectory()) return walk(path)
        return Promise.resolve(formatOf(path) ? [path] : [])
      }),
  )
  return nested.flat()
}

/**
 * The files to import: named files as given (even with an unknown extension, so the reader can
 * say what is wrong with them), folders walked for posts in the known formats, in a stable order.
 */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = []
  const missing: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (!info) missing.push(path)
    else if (info.isDirectory()) files.push(...(await walk(path)).sort())
    else files.push(path)
  }
  return { files: [...new Set(files)], missing }
}
