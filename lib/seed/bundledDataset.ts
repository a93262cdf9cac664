import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { LocalAsset } from '../importer/assets'
import type { DocumentLike } from '../importer/ndjson-writer'

export interface BundledDataset {
  documents: DocumentLike[]
  /** The image files the documents point to, to upload before the documents. */
  assets: LocalAsset[]
}

const LOCAL_POINTER = /"_sanityAsset":"image@file:\/\/\.\/images\/([a-f0-9]{40})-(\d+)x(\d+)\.(\w+)"/g

function parseLine(line: string, index: number): DocumentLike {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new Error(`sanity/dataset/data.ndjson:${index + 1}: not valid JSON (${(error as Error).message})`)
  }
  const document = value as Partial<DocumentLike> | null
  if (typeof document?._id !== 'string' || typeof document._type !== 'string') {
    throw new Error(`sanity/dataset/data.ndjson:${index + 1}: a document needs a string _id and _type`)
  }
  return document as DocumentLike
}

/**
 * The dataset that ships with the site (`sanity dataset export` format: data.ndjson plus images/),
 * ready to send to a Content Lake. A malformed line or a missing image is an error naming it,
 * raised before anything is written.
 */
export async function readBundledDataset(): Promise<BundledDataset> {
  const directory = path.join(process.cwd(), 'sanity/dataset')
  const text = await readFile(path.join(directory, 'data.ndjson'), 'utf8')
  const documents = text
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim())
    .map(({ line, index }) => parseLine(line, index))
  const assets = new Map<string, LocalAsset>()
  for (const [, sha1, width, height, extension] of text.matchAll(LOCAL_POINTER)) {
    const fileName = `${sha1}-${width}x${height}.${extension}`
    assets.set(fileName, { path: path.join(directory, 'images', fileName), fileName, assetId: `image-${sha1}-${width}x${height}-${extension}` })
  }
  await Promise.all(
    [...assets.values()].map((asset) =>
      readFile(asset.path).catch(() => {
        throw new Error(`sanity/dataset/images/${asset.fileName} is referenced by data.ndjson but missing`)
      }),
    ),
  )
  return { documents, assets: [...assets.values()].sort((a, b) => a.fileName.localeCompare(b.fileName)) }
}
