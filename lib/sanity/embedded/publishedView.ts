import type { SanityDocument } from '@/lib/dataset/ndjson'
import { linkExportedAssets, type ImageAssetDocument, type Json } from './exportedAssets'

export type { SanityDocument }

// The `published` perspective of the Content Lake never returns drafts or release versions;
// groq-js has no perspectives, so the embedded source drops them itself (the dataset reader
// keeps them: the importer and the seed need drafts).
function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.')
}

/**
 * The documents a published-perspective query sees in an exported dataset: drafts and versions
 * dropped, exported image pointers turned into references to synthesized asset documents.
 */
export function publishedView(documents: readonly SanityDocument[]): SanityDocument[] {
  const assets = new Map<string, ImageAssetDocument>()
  const published: SanityDocument[] = []
  for (const document of documents) {
    const linked = linkExportedAssets(document as Json, assets) as SanityDocument
    if (isPublishedId(linked._id)) published.push(linked)
  }
  return [...published, ...assets.values()]
}
