import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'
import type { AssetCollector } from './assets'
import { decodeText } from './decode'
import { buildArticleDocuments, type ArticleDocuments } from './documents'
import type { ImageSource } from './portableText'
import { readSidecar } from './sidecar'
import { detectStructure } from './structure'
import { parseText } from './textParser'

const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif']

/**
 * The scrape lost the images but kept their captions; `<post>-<n>.<ext>` next to the text
 * file stands in for the n-th one.
 */
function siblingImage(postPath: string, n: number): ImageSource | undefined {
  const stem = join(dirname(postPath), basename(postPath, extname(postPath)))
  const path = IMAGE_EXTENSIONS.map((ext) => `${stem}-${n}.${ext}`).find((candidate) => existsSync(candidate))
  return path ? { kind: 'file', path } : undefined
}

/**
 * One plain-text post: the slug comes from the file name, the rest from the text and its sidecar.
 * `language` (`--language`) applies when the sidecar does not name one.
 */
export async function importTextFile(
  path: string,
  assets: AssetCollector,
  language: Language = DEFAULT_LANGUAGE,
): Promise<ArticleDocuments> {
  const text = decodeText(await readFile(path))
  const sidecar = await readSidecar(path)
  const meta = { ...sidecar, language: sidecar.language ?? language }
  const post = parseText(text, basename(path, extname(path)), meta, (n) => siblingImage(path, n))
  const structure = detectStructure(post.elements)
  const documents = await buildArticleDocuments(post, structure, assets)
  const missing = post.elements.flatMap((element) =>
    element.kind === 'image' && !element.image.source
      ? [
          `image "${element.image.alt}" (${element.where}) has no file; add ${basename(path, extname(path))}-N.png next to the post`,
        ]
      : [],
  )
  return { ...documents, warnings: [...documents.warnings, ...missing] }
}
