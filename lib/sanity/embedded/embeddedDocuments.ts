import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { parseEmbeddedDatasetEnv } from '@/lib/env/embeddedEnv'
import { publishedView, type SanityDocument } from './publishedView'

const { datasetFile } = parseEmbeddedDatasetEnv(process.env)

let loaded: SanityDocument[] | undefined

/** The bundled dataset as the Content Lake's published perspective sees it, loaded once per process. */
export function embeddedDocuments(): SanityDocument[] {
  loaded ??= publishedView(readDatasetDocuments(datasetFile))
  return loaded
}
