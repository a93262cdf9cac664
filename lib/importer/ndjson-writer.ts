import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { LocalAsset } from './assets'

export interface DocumentLike {
  _id: string
  _type: string
}

/** Sorted by id so the same documents always give the same bytes, whatever order files were read in. */
export function toNdjson(documents: DocumentLike[]): string {
  const sorted = [...documents].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
  return sorted.map((document) => JSON.stringify(document)).join('\n') + '\n'
}

// Write beside the target and rename over it: a crash or a failed run never leaves half a file.
async function writeAtomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  try {
    await write(temporary)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/**
 * Writes `out` in the format `sanity dataset export` produces: NDJSON plus the referenced
 * images in `images/` beside it. Images go first so the NDJSON never names a missing file.
 */
export async function writeDataset(out: string, documents: DocumentLike[], assets: LocalAsset[]): Promise<void> {
  const directory = dirname(out)
  await mkdir(directory, { recursive: true })
  if (assets.length > 0) await mkdir(join(directory, 'images'), { recursive: true })
  for (const asset of assets) {
    await writeAtomically(join(directory, 'images', asset.fileName), (temporary) => copyFile(asset.path, temporary))
  }
  await writeAtomically(out, (temporary) => writeFile(temporary, toNdjson(documents)))
}
