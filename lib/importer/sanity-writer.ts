import { readFile } from 'node:fs/promises'
import type { SanityClient } from '@sanity/client'
import type { LocalAsset } from './assets'
import type { DocumentLike } from './ndjson-writer'

const BATCH_SIZE = 50

export interface SanityWriteResult {
  written: number
  transactions: number
  uploadedImages: number
  /** Remote images that could not be downloaded, with the reason. */
  failedImages: string[]
}

const placeholderOf = (value: unknown): string | undefined =>
  value !== null && typeof value === 'object' && typeof (value as { _sanityAsset?: unknown })._sanityAsset === 'string'
    ? (value as { _sanityAsset: string })._sanityAsset
    : undefined

// An image whose file could not be fetched keeps its alt text and caption but loses its asset.
function replaceAssets(value: unknown, assetIds: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => replaceAssets(item, assetIds))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).flatMap(([key, child]): Array<[string, unknown]> => {
      const placeholder = placeholderOf(child)
      if (placeholder === undefined) return [[key, replaceAssets(child, assetIds)]]
      const id = assetIds.get(placeholder)
      return id ? [[key, { _type: 'reference', _ref: id }]] : []
    }),
  )
}

function collectRemoteAssets(value: unknown, found: Set<string>): void {
  const placeholder = placeholderOf(value)
  if (placeholder !== undefined) {
    if (/^image@https?:/.test(placeholder)) found.add(placeholder)
  } else if (Array.isArray(value)) value.forEach((item) => collectRemoteAssets(item, found))
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((child) => collectRemoteAssets(child, found))
}

/** Fetches a remote image; the CLI uses the network, tests serve bytes themselves. */
export type Download = (url: string) => Promise<Buffer>

export const downloadWithFetch: Download = async (url) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}

async function upload(client: SanityClient, bytes: Buffer, filename: string): Promise<string> {
  const asset = await client.assets.upload('image', bytes, { filename })
  return asset._id
}

/**
 * Writes an import to a Sanity dataset. Images are uploaded first (local files from disk,
 * remote ones fetched) and the export format's `_sanityAsset` placeholders become asset
 * references. Then documents go in batched transactions: what the import owns (articles,
 * takeaways, FAQs) with createOrReplace, so re-running updates in place; people and topics
 * with createIfNotExists, so an editor's changes to them survive a re-import.
 */
export async function writeToSanity(
  client: SanityClient,
  owned: DocumentLike[],
  shared: DocumentLike[],
  assets: LocalAsset[],
  download: Download,
): Promise<SanityWriteResult> {
  const assetIds = new Map<string, string>()
  for (const asset of assets) {
    assetIds.set(`image@file://./images/${asset.fileName}`, await upload(client, await readFile(asset.path), asset.fileName))
  }
  const remote = new Set<string>()
  collectRemoteAssets([...owned, ...shared], remote)
  const failedImages: string[] = []
  for (const placeholder of [...remote].sort()) {
    const url = placeholder.slice('image@'.length)
    let bytes: Buffer
    try {
      bytes = await download(url)
    } catch (error) {
      failedImages.push(`${url}: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    assetIds.set(placeholder, await upload(client, bytes, new URL(url).pathname.split('/').pop() ?? 'image'))
  }

  const mutations = [
    ...owned.map((document) => ({ createOrReplace: replaceAssets(document, assetIds) as DocumentLike })),
    ...shared.map((document) => ({ createIfNotExists: replaceAssets(document, assetIds) as DocumentLike })),
  ]
  let transactions = 0
  for (let start = 0; start < mutations.length; start += BATCH_SIZE) {
    const transaction = client.transaction()
    for (const mutation of mutations.slice(start, start + BATCH_SIZE)) {
      if ('createOrReplace' in mutation) transaction.createOrReplace(mutation.createOrReplace)
      else transaction.createIfNotExists(mutation.createIfNotExists)
    }
    await transaction.commit({ visibility: 'async' })
    transactions += 1
  }
  return { written: mutations.length, transactions, uploadedImages: assetIds.size, failedImages }
}
