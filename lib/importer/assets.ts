import { createHash } from 'node:crypto'
import { readFile, realpath, stat } from 'node:fs/promises'
import { dirname, relative, sep } from 'node:path'
import { readImageInfo } from './imageSize'
import type { ImageSource } from './portableText'
import { exportPointer, type LocalAsset } from '../dataset/exportedImages'

// Sanity's own limit for an uploaded image is far above any photo a blog post needs.
const MAX_IMAGE_BYTES = 50 * 1024 * 1024

/** The export format's stand-in for an asset: `sanity dataset import` and the embedded source resolve it. */
export interface SanityAssetField {
  _sanityAsset: string
}

/** Resolves image sources to asset fields, reading each local file once. */
export class AssetCollector {
  private readonly byPath = new Map<string, LocalAsset>()

  async resolve(source: ImageSource): Promise<SanityAssetField> {
    if (source.kind === 'url') return { _sanityAsset: `image@${source.url}` }
    const asset = this.byPath.get(source.path) ?? (await this.read(source.path))
    this.byPath.set(source.path, asset)
    return { _sanityAsset: exportPointer(asset.fileName) }
  }

  /** Every distinct local file resolved so far, in a stable order. */
  files(): LocalAsset[] {
    const unique = new Map([...this.byPath.values()].map((asset) => [asset.fileName, asset]))
    return [...unique.values()].sort((a, b) => a.fileName.localeCompare(b.fileName))
  }

  private async read(path: string): Promise<LocalAsset> {
    // Paths come checked against the run's folders (imageLocations.ts); this second check stops a
    // symlink placed beside a post (its `<post>-1.png`, say) from pulling in a file from elsewhere.
    const [real, folder] = await Promise.all([realpath(path), realpath(dirname(path))])
    const rel = relative(folder, real)
    if (rel.startsWith(`..${sep}`) || rel === '..' || rel.startsWith(sep))
      throw new Error(`${path} links to ${real}, outside its folder, so it was not read`)
    // A post names its images; it must not make the import read a device (/dev/zero never
    // ends), a pipe or a folder, nor load a huge file into memory.
    const file = await stat(path)
    if (!file.isFile()) throw new Error(`${path} is not a regular file, so it cannot be an image`)
    if (file.size > MAX_IMAGE_BYTES) throw new Error(`${path} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`)
    const bytes = await readFile(path)
    const info = readImageInfo(bytes)
    if (!info) throw new Error(`${path} is not a PNG, JPEG, GIF or WebP image`)
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const size = `${info.width}x${info.height}`
    return { path, fileName: `${sha1}-${size}.${info.ext}`, assetId: `image-${sha1}-${size}-${info.ext}` }
  }
}
