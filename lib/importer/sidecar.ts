import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { StructureError } from './errors'
import type { PostMeta } from './parsedPost'

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug such as "editorial-team"')

/**
 * `<post>.meta.json` next to a plain-text or HTML post: the facts the body cannot carry
 * (date, author, topics, old URLs, language, the article it translates). Strict, so a misspelt key is an error, not silently ignored.
 */
const sidecarSchema = z.strictObject({
  publishedAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime().optional(),
  author: slug.optional(),
  topics: z.array(slug).optional(),
  legacyUrls: z.array(z.string().regex(/^\//, 'a path starting with /')).optional(),
  language: z.enum(LANGUAGES).optional(),
  /** The slug of the default-language article this post translates. */
  translationOf: slug.optional(),
})

export type Sidecar = z.infer<typeof sidecarSchema>

export function sidecarPath(postPath: string): string {
  return postPath.replace(/\.[^./\\]+$/, '') + '.meta.json'
}

export async function readSidecar(postPath: string): Promise<PostMeta> {
  const path = sidecarPath(postPath)
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch {
    return {}
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw new StructureError(path, `malformed JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = sidecarSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new StructureError(path, `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}
