import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { readImageInfo } from './image-size'
import type { ImageSource } from './portable-text'

/** An image file the output needs, named the way `sanity dataset export` names it. */
export interface LocalAsset {
  path: string
  /** `<sha1>-<w>x<h>.<ext>`, the file name under images/. */
  fileName: string
  /** `image-<sha1>-<w>x<h>-<ext>`, the id the Content Lake gives the uploaded asset. */
  assetId: string
}

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
    return { _sanityAsset: `image@file://./images/${asset.fileName}` }
  }

  /** Every distinct local file resolved so far, in a stable order. */
  files(): LocalAsset[] {
    const unique = new Map([...this.byPath.values()].map((asset) => [asset.fileName, asset]))
    return [...unique.values()].sort((a, b) => a.fileName.localeCompare(b.fileName))
  }

  private async read(path: string): Promise<LocalAsset> {
    const bytes = await readFile(path)
    const info = readImageInfo(bytes)
    if (!info) throw new Error(`${path} is not a PNG, JPEG, GIF or WebP image`)
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const size = `${info.width}x${info.height}`
    return { path, fileName: `${sha1}-${size}.${info.ext}`, assetId: `image-${sha1}-${size}-${info.ext}` }
  }
}
