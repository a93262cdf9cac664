import { readFile } from 'node:fs/promises'
import { basename, dirname, extname } from 'node:path'
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'
import type { AssetCollector } from './assets'
import { decodeText } from './decode'
import { buildArticleDocuments, type ArticleDocuments } from './documents'
import { parseHtmlPost } from './htmlParser'
import { imageSourceWithin } from './imageLocations'
import { readSidecar } from './sidecar'
import { detectStructure } from './structure'

/**
 * Remote images stay URLs (`sanity dataset import` fetches them); local ones are read only from
 * the post's folder and `--uploads` (imageLocations.ts), never from elsewhere.
 */
export async function importHtmlFile(
  path: string,
  assets: AssetCollector,
  uploads?: string,
  language: Language = DEFAULT_LANGUAGE,
): Promise<ArticleDocuments> {
  const html = decodeText(await readFile(path))
  const meta = await readSidecar(path)
  // `language` (`--language`) applies when the sidecar does not name one.
  const sidecar = { ...meta, language: meta.language ?? language }
  const imageWarnings: string[] = []
  const imageSource = imageSourceWithin({ postDirectory: dirname(path), ...(uploads ? { uploads } : {}) }, (message) =>
    imageWarnings.push(message),
  )
  const { post, warnings } = parseHtmlPost(html, basename(path, extname(path)), sidecar, { imageSource })
  const documents = await buildArticleDocuments(post, detectStructure(post.elements, { lenient: true }), assets)
  return { ...documents, warnings: [...imageWarnings, ...warnings, ...documents.warnings] }
}
