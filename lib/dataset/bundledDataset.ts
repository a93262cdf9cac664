import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { exportedImages, type LocalAsset } from './exportedImages'
import { parseNdjson, type DocumentLike, type SanityDocument } from './ndjson'

// The one place that knows where the bundled dataset lives. Every path is built as
// path.join(process.cwd(), '<fixed directory>', name): Next's file tracing follows that shape,
// while a directory held in a variable would make it copy the whole project into the server bundle.

/** The folder of the bundled dataset, relative to the project root (for next.config's tracing list). */
export const BUNDLED_DATASET_DIR = 'sanity/dataset'

/** The dataset the site ships with. */
export const BUNDLED_DATASET_FILE = 'data.ndjson'

/** A dataset file in sanity/dataset/ (data.ndjson, or a generated bench-N.ndjson); only the base name counts. */
export function datasetFilePath(name: string = BUNDLED_DATASET_FILE): string {
  return path.join(process.cwd(), 'sanity/dataset', path.basename(name))
}

/** The folder of the bundled dataset's image files. */
export function bundledImagesDir(): string {
  return path.join(process.cwd(), 'sanity/dataset/images')
}

/** One of the bundled dataset's image files; only the base name counts, so no name leaves the folder. */
export function bundledImagePath(fileName: string): string {
  return path.join(process.cwd(), 'sanity/dataset/images', path.basename(fileName))
}

/** A path inside the bundled dataset's sources (the hand-written JSON and the posts in articles/). */
export function bundledSourcePath(...parts: string[]): string {
  return path.join(process.cwd(), 'sanity/dataset/source', ...parts)
}

/** The NDJSON text of a dataset file in sanity/dataset/. */
export function readDatasetText(name: string = BUNDLED_DATASET_FILE): string {
  return readFileSync(datasetFilePath(name), 'utf8')
}

/** Every document of a dataset file in sanity/dataset/, drafts included, as written. */
export function readDatasetDocuments(name: string = BUNDLED_DATASET_FILE): SanityDocument[] {
  return parseNdjson(readDatasetText(name), path.basename(name))
}

export interface BundledDataset {
  documents: DocumentLike[]
  /** The image files the documents point to, to upload before the documents. */
  assets: LocalAsset[]
}

/**
 * The dataset that ships with the site (`sanity dataset export` format: data.ndjson plus images/),
 * ready to send to a Content Lake. A malformed line or a missing image is an error naming it,
 * raised before anything is written.
 */
export async function readBundledDataset(): Promise<BundledDataset> {
  const documents = parseNdjson(
    await readFile(datasetFilePath(), 'utf8'),
    `${BUNDLED_DATASET_DIR}/${BUNDLED_DATASET_FILE}`,
  )
  const assets = exportedImages(documents).map(({ fileName, assetId }): LocalAsset => ({
    path: bundledImagePath(fileName),
    fileName,
    assetId,
  }))
  await Promise.all(
    assets.map((asset) =>
      readFile(asset.path).catch(() => {
        throw new Error(`${BUNDLED_DATASET_DIR}/images/${asset.fileName} is referenced by data.ndjson but missing`)
      }),
    ),
  )
  return { documents, assets }
}
