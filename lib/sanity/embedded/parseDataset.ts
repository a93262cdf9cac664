import { z } from 'zod'
import { linkExportedAssets, type ImageAssetDocument, type Json } from './assets'

const documentSchema = z.looseObject({ _id: z.string().min(1), _type: z.string().min(1) })
export type SanityDocument = z.infer<typeof documentSchema>

// The `published` perspective of the Content Lake never returns drafts or release versions;
// groq-js has no perspectives, so the embedded source drops them itself.
function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.')
}

/**
 * Parses an NDJSON export into the documents a published-perspective query sees.
 * A malformed line is an error naming the file and line: a broken dataset must fail loudly
 * at build time rather than publish a site with content silently missing.
 */
export function parseNdjsonDataset(text: string, fileName: string): SanityDocument[] {
  const assets = new Map<string, ImageAssetDocument>()
  const documents: SanityDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let json: Json
    try {
      json = JSON.parse(line) as Json
    } catch (error) {
      throw new Error(`${fileName}:${index + 1}: not valid JSON (${(error as Error).message})`)
    }
    const parsed = documentSchema.safeParse(linkExportedAssets(json, assets))
    if (!parsed.success) throw new Error(`${fileName}:${index + 1}: a document needs a string _id and _type`)
    if (isPublishedId(parsed.data._id)) documents.push(parsed.data)
  })
  return [...documents, ...assets.values()]
}
