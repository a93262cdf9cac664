import { readFile } from 'node:fs/promises'
import type { SanityClient } from '@sanity/client'
import type { LocalAsset } from '../dataset/exportedImages'
import type { DocumentLike } from '../dataset/ndjson'
import type { Download } from './remoteImage'
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry'
import { defaultCheckpointPath, WriteCheckpoint } from './writeCheckpoint'
import { batchesOf, dependencyGroups } from './writeOrder'

export type { Download } from './remoteImage'

const BATCH_SIZE = 50

export interface SanityWriteResult {
  /** Documents sent in this run. */
  written: number
  /** Documents a resumed run skipped because an earlier run had them confirmed, unchanged. */
  skipped: number
  transactions: number
  uploadedImages: number
  /** Remote images that were not downloaded, with the reason: they stay without a picture. */
  failedImages: string[]
  /** Requests that were tried again after a rate limit, a server error or a dropped connection. */
  retries: number
  /** Where this run recorded what the Content Lake confirmed; `--resume` reads it. */
  checkpoint: string
}

export interface SanityWriteOptions {
  /** Skip the documents and images an earlier (interrupted) run had confirmed with the same content. */
  resume?: boolean
  checkpointFile?: string
  retry?: Partial<RetryPolicy>
  onProgress?: (done: number, total: number, unit: string) => void
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
  else if (value !== null && typeof value === 'object')
    Object.values(value).forEach((child) => collectRemoteAssets(child, found))
}

type Mutation = { createOrReplace: DocumentLike } | { createIfNotExists: DocumentLike }
const documentOf = (mutation: Mutation) =>
  'createOrReplace' in mutation ? mutation.createOrReplace : mutation.createIfNotExists

/**
 * Writes an import to a Sanity dataset. Images are uploaded first (local files from disk,
 * remote ones only when `download` is given) and the export format's `_sanityAsset`
 * placeholders become asset references. Then documents go in transactions of about 50,
 * ordered so that a document comes with or after everything it references: what the import
 * owns (articles, takeaways, FAQs) with createOrReplace, so re-running updates in place;
 * people and topics with createIfNotExists, so an editor's changes to them survive a re-import.
 *
 * Every request is retried on 429, 5xx and dropped connections with exponential backoff and
 * jitter (lib/importer/retry.ts), and every confirmed transaction and upload is recorded in a
 * checkpoint, so an interrupted run can be resumed (`resume`) without sending again what
 * arrived. Re-running without `resume` is also correct, only slower: every write is idempotent.
 */
export async function writeToSanity(
  client: SanityClient,
  owned: DocumentLike[],
  shared: DocumentLike[],
  assets: LocalAsset[],
  download: Download | undefined,
  options: SanityWriteOptions = {},
): Promise<SanityWriteResult> {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry }
  let retries = 0
  const retried: RetryPolicy = {
    ...policy,
    onRetry: (event) => {
      retries += 1
      policy.onRetry?.(event)
    },
  }
  const checkpoint = await WriteCheckpoint.open(
    options.checkpointFile ?? defaultCheckpointPath(client.config()),
    options.resume ?? false,
  )

  const assetIds = new Map<string, string>()
  let uploadedImages = 0
  const upload = async (placeholder: string, bytes: () => Promise<Buffer>, filename: string) => {
    const known = checkpoint.uploadedAsset(placeholder)
    if (known) return void assetIds.set(placeholder, known)
    const content = await bytes()
    const asset = await withRetry(
      `upload of image ${filename}`,
      () => client.assets.upload('image', content, { filename }),
      retried,
    )
    assetIds.set(placeholder, asset._id)
    uploadedImages += 1
    await checkpoint.recordImage(placeholder, asset._id)
  }

  for (const [done, asset] of assets.entries()) {
    await upload(`image@file://./images/${asset.fileName}`, () => readFile(asset.path), asset.fileName)
    options.onProgress?.(done + 1, assets.length, 'images')
  }
  const remote = new Set<string>()
  collectRemoteAssets([...owned, ...shared], remote)
  const failedImages: string[] = []
  for (const placeholder of [...remote].sort()) {
    const url = placeholder.slice('image@'.length)
    const known = checkpoint.uploadedAsset(placeholder)
    if (known) {
      assetIds.set(placeholder, known)
      continue
    }
    if (!download) {
      failedImages.push(`${url}: not downloaded (remote images are downloaded only with --download-images)`)
      continue
    }
    let bytes: Buffer
    try {
      bytes = await download(url)
    } catch (error) {
      failedImages.push(`${url}: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    await upload(placeholder, () => Promise.resolve(bytes), new URL(url).pathname.split('/').pop() || 'image')
  }

  const mutations: Mutation[] = [
    ...shared.map((document) => ({ createIfNotExists: replaceAssets(document, assetIds) as DocumentLike })),
    ...owned.map((document) => ({ createOrReplace: replaceAssets(document, assetIds) as DocumentLike })),
  ]
  const hashes = new Map(mutations.map((mutation) => [documentOf(mutation)._id, WriteCheckpoint.hash(mutation)]))
  const byId = new Map(mutations.map((mutation) => [documentOf(mutation)._id, mutation]))
  const groups = dependencyGroups(mutations.map(documentOf)).map((group) =>
    group.filter((document) => !checkpoint.confirmed(document._id, hashes.get(document._id) as string)),
  )
  const batches = batchesOf(groups, BATCH_SIZE)
  const pending = batches.reduce((sum, batch) => sum + batch.length, 0)

  let transactions = 0
  let sent = 0
  for (const [number, batch] of batches.entries()) {
    await withRetry(
      `transaction ${number + 1} of ${batches.length} (${batch[0]?._id} …)`,
      () => {
        const transaction = client.transaction()
        for (const document of batch) {
          const mutation = byId.get(document._id) as Mutation
          if ('createOrReplace' in mutation) transaction.createOrReplace(mutation.createOrReplace)
          else transaction.createIfNotExists(mutation.createIfNotExists)
        }
        return transaction.commit({ visibility: 'async' })
      },
      retried,
    )
    transactions += 1
    sent += batch.length
    await checkpoint.recordDocuments(batch.map((document) => [document._id, hashes.get(document._id) as string]))
    options.onProgress?.(sent, pending, 'documents')
  }
  return {
    written: sent,
    skipped: mutations.length - pending,
    transactions,
    uploadedImages,
    failedImages,
    retries,
    checkpoint: checkpoint.path,
  }
}
