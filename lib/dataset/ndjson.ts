import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** What the writer accepts: every document with an id and a type (the importer's typed documents among them). */
export interface DocumentLike {
  _id: string
  _type: string
}

const documentSchema = z.looseObject({ _id: z.string().min(1), _type: z.string().min(1) })
/** A document as read back from NDJSON: an id and a type are all that is checked. */
export type SanityDocument = z.infer<typeof documentSchema>

/**
 * Parses NDJSON (the `sanity dataset export` format) into documents, drafts and versions included.
 * A malformed line is an error naming the file and line: a broken dataset must fail loudly at build
 * time rather than publish a site with content silently missing.
 */
export function parseNdjson(text: string, fileName: string): SanityDocument[] {
  const documents: SanityDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch (error) {
      throw new Error(`${fileName}:${index + 1}: not valid JSON (${(error as Error).message})`)
    }
    const parsed = documentSchema.safeParse(json)
    if (!parsed.success) throw new Error(`${fileName}:${index + 1}: a document needs a string _id and _type`)
    documents.push(parsed.data)
  })
  return documents
}

/** Every document of an NDJSON file anywhere on disk (an import's --out, a generated benchmark dataset). */
export function readNdjsonFile(file: string): SanityDocument[] {
  return parseNdjson(readFileSync(file, 'utf8'), path.basename(file))
}

/** One JSON document per line, in the order given. */
export function serializeNdjson(documents: readonly DocumentLike[]): string {
  return documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
}

/** Sorted by id so the same documents always give the same bytes, whatever order files were read in. */
export function toNdjson(documents: readonly DocumentLike[]): string {
  return serializeNdjson(sortById(documents))
}

export const sortById = <T extends DocumentLike>(documents: readonly T[]): T[] =>
  [...documents].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
