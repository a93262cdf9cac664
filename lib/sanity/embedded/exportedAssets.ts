import { parseExportPointer } from '@/lib/dataset/exportedImages'

// `sanity dataset export` writes image fields as {asset: {_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"}}.
// The Content Lake holds references to sanity.imageAsset documents instead; rewriting the
// export into that shape lets the same GROQ (asset->url) run against both sources.

/** The asset document synthesized for an exported image: built here, never parsed from input. */
export type ImageAssetDocument = {
  _id: string
  _type: 'sanity.imageAsset'
  url: string
  path: string
  extension: string
  metadata: { dimensions: { width: number; height: number; aspectRatio: number } }
}

/** The URL path the site serves bundled images from (see app/images/[file]/route.ts). */
export const BUNDLED_IMAGE_PATH = '/images/'

export function assetFromExportRef(ref: string): ImageAssetDocument | null {
  const image = parseExportPointer(ref)
  if (!image) return null
  const { fileName, assetId, extension, width, height } = image
  return {
    _id: assetId,
    _type: 'sanity.imageAsset',
    url: `${BUNDLED_IMAGE_PATH}${fileName}`,
    path: fileName,
    extension,
    metadata: { dimensions: { width, height, aspectRatio: width / height } },
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * Replaces every exported asset pointer in a document with a reference, collecting the asset
 * documents it points to. A pointer that does not match the export format is left as it is, so
 * the image simply has no URL rather than breaking the load.
 */
export function linkExportedAssets(value: Json, assets: Map<string, ImageAssetDocument>): Json {
  if (Array.isArray(value)) return value.map((item) => linkExportedAssets(item, assets))
  if (value === null || typeof value !== 'object') return value
  const pointer = value._sanityAsset
  if (typeof pointer === 'string') {
    const asset = assetFromExportRef(pointer)
    if (asset) {
      assets.set(asset._id, asset)
      return { _type: 'reference', _ref: asset._id }
    }
  }
  const out: { [key: string]: Json } = {}
  for (const [key, item] of Object.entries(value)) out[key] = linkExportedAssets(item, assets)
  return out
}
export type { Json }
