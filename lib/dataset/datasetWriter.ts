import { randomBytes } from 'node:crypto'
import { renameSync, writeFileSync } from 'node:fs'
import { copyFile, mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { LocalAsset } from './exportedImages'
import { serializeNdjson, sortById, type DocumentLike } from './ndjson'

/** A run that produced no documents: writing it would replace a good dataset with an empty one. */
export class EmptyDatasetError extends Error {
  constructor(out: string) {
    super(`no documents to write, so ${out} was left as it was`)
    this.name = 'EmptyDatasetError'
  }
}

// Documents are gathered into chunks of this size before each write, so a 100 MB dataset is
// written in about a hundred system calls and never held in memory whole.
const CHUNK_BYTES = 1024 * 1024

/**
 * Writes `out` in the format `sanity dataset export` produces (NDJSON, images in `images/`
 * beside it) one document at a time, as the import produces them, so memory stays bounded
 * whatever the size of the export. Everything goes to temporary names in the same folder (the
 * same file system, so the final renames are atomic) and reaches `out` and `images/` only on
 * `commit()`: a run that fails, is interrupted or produced nothing leaves an existing dataset
 * and its images untouched. Documents are written in the order given; the import gives them in
 * a stable order, so the same input gives the same bytes.
 */
export class DatasetWriter {
  private buffered: string[] = []
  private bufferedBytes = 0
  private readonly ids = new Set<string>()
  private readonly images = new Set<string>()
  private finished = false

  private constructor(
    readonly out: string,
    private readonly handle: FileHandle,
    private readonly temporary: string,
    private readonly stagedImages: string,
  ) {}

  static async open(out: string): Promise<DatasetWriter> {
    const directory = dirname(out)
    await mkdir(directory, { recursive: true })
    // Hidden names with the pid and a random part: two runs into one folder never share them.
    const tag = `${process.pid}-${randomBytes(4).toString('hex')}`
    const temporary = join(directory, `.${basename(out)}.${tag}.tmp`)
    const stagedImages = join(directory, `.${basename(out)}.${tag}.images.tmp`)
    const handle = await open(temporary, 'wx')
    return new DatasetWriter(out, handle, temporary, stagedImages)
  }

  get documents(): number {
    return this.ids.size
  }

  async write(document: DocumentLike): Promise<void> {
    if (this.finished) throw new Error(`${this.out} is already written`)
    if (this.ids.has(document._id)) throw new Error(`document ${document._id} was written twice`)
    this.ids.add(document._id)
    const line = JSON.stringify(document) + '\n'
    this.buffered.push(line)
    this.bufferedBytes += line.length
    if (this.bufferedBytes >= CHUNK_BYTES) await this.flush()
  }

  /** Copies an image the documents use into the staged images folder (once per file name). */
  async addImage(asset: LocalAsset): Promise<void> {
    if (this.images.has(asset.fileName)) return
    if (this.images.size === 0) await mkdir(this.stagedImages, { recursive: true })
    await copyFile(asset.path, join(this.stagedImages, asset.fileName))
    this.images.add(asset.fileName)
  }

  /** Moves the images into `images/`, then the NDJSON over `out`. Refuses an empty dataset. */
  async commit(): Promise<void> {
    if (this.ids.size === 0) {
      await this.abort()
      throw new EmptyDatasetError(this.out)
    }
    await this.flush()
    await this.handle.sync()
    await this.handle.close()
    this.finished = true
    try {
      if (this.images.size > 0) {
        const images = join(dirname(this.out), 'images')
        await mkdir(images, { recursive: true })
        for (const name of await readdir(this.stagedImages)) {
          // Image names are content hashes: an existing file of that name already holds these bytes.
          const exists = await stat(join(images, name)).then(
            () => true,
            () => false,
          )
          if (!exists) await rename(join(this.stagedImages, name), join(images, name))
        }
      }
      await rename(this.temporary, this.out)
    } finally {
      await rm(this.stagedImages, { recursive: true, force: true })
      await rm(this.temporary, { force: true })
    }
  }

  /** Drops everything written so far; `out` and `images/` stay as they were. */
  async abort(): Promise<void> {
    if (!this.finished) {
      this.finished = true
      await this.handle.close().catch(() => undefined)
    }
    await rm(this.temporary, { force: true })
    await rm(this.stagedImages, { recursive: true, force: true })
  }

  private async flush(): Promise<void> {
    if (this.buffered.length === 0) return
    const chunk = this.buffered.join('')
    this.buffered = []
    this.bufferedBytes = 0
    await this.handle.write(chunk)
  }
}

/**
 * Writes a whole in-memory import at once (the bundled dataset, small imports), sorted by id.
 * Large imports use DatasetWriter directly and stream.
 */
export async function writeDataset(out: string, documents: DocumentLike[], assets: LocalAsset[]): Promise<void> {
  const writer = await DatasetWriter.open(out)
  try {
    for (const asset of assets) await writer.addImage(asset)
    for (const document of sortById(documents)) await writer.write(document)
  } catch (error) {
    await writer.abort()
    throw error
  }
  await writer.commit()
}

/**
 * Writes generated documents (the benchmark datasets) in the order given, through a temporary
 * file, so a stopped run leaves no half file. Returns the size written.
 */
export function writeNdjsonFileSync(out: string, documents: readonly DocumentLike[]): number {
  const text = serializeNdjson(documents)
  writeFileSync(`${out}.partial`, text)
  renameSync(`${out}.partial`, out)
  return Buffer.byteLength(text)
}
