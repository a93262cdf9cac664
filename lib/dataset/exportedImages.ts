import type { SanityDocument } from './ndjson'

/** An image file a dataset needs, named the way `sanity dataset export` names it. */
export interface LocalAsset {
  path: string
  /** `<sha1>-<w>x<h>.<ext>`, the file name under images/. */
  fileName: string
  /** `image-<sha1>-<w>x<h>-<ext>`, the id the Content Lake gives the uploaded asset. */
  assetId: string
}

/** An image the export format points to with `{_sanityAsset: "image@file://./images/<file>"}`. */
export interface ExportedImage {
  fileName: string
  assetId: string
  extension: string
  width: number
  height: number
}

const EXPORT_POINTER = /^image@file:\/\/\.\/images\/([a-f0-9]{40})-(\d+)x(\d+)\.(png|jpe?g|webp|gif|svg)$/

/** The `_sanityAsset` value for an image file under images/. */
export function exportPointer(fileName: string): string {
  return `image@file://./images/${fileName}`
}

/** The image an export pointer names, or null when it is not a local image of the export format. */
export function parseExportPointer(pointer: string): ExportedImage | null {
  const match = EXPORT_POINTER.exec(pointer)
  if (!match) return null
  const [, sha1 = '', width = '', height = '', extension = ''] = match
  return {
    fileName: `${sha1}-${width}x${height}.${extension}`,
    assetId: `image-${sha1}-${width}x${height}-${extension}`,
    extension,
    width: Number(width),
    height: Number(height),
  }
}

/** Every local image the documents point to, once each, sorted by file name. */
export function exportedImages(documents: readonly SanityDocument[]): ExportedImage[] {
  const found = new Map<string, ExportedImage>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (value === null || typeof value !== 'object') return
    const pointer = (value as { _sanityAsset?: unknown })._sanityAsset
    const image = typeof pointer === 'string' ? parseExportPointer(pointer) : null
    if (image) found.set(image.fileName, image)
    Object.values(value).forEach(visit)
  }
  visit(documents)
  return [...found.values()].sort((a, b) => a.fileName.localeCompare(b.fileName))
}
