import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, extname, resolve } from 'node:path'
import type { AssetCollector } from './assets'
import { decodeText } from './decode'
import { buildArticleDocuments, type ArticleDocuments } from './documents'
import { parseHtmlPost } from './html-parser'
import type { ImageSource } from './portable-text'
import { readSidecar } from './sidecar'
import { detectStructure } from './structure'

/** Remote images stay URLs (`sanity dataset import` fetches them); relative ones are files beside the post. */
export function imageSourceNear(directory: string): (src: string) => ImageSource | undefined {
  return (src) => {
    if (/^https?:\/\//i.test(src)) return { kind: 'url', url: src }
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return undefined
    const path = resolve(directory, decodeURIComponent(src.split(/[?#]/)[0] ?? ''))
    return existsSync(path) ? { kind: 'file', path } : undefined
  }
}

export async function importHtmlFile(path: string, assets: AssetCollector): Promise<ArticleDocuments> {
  const html = decodeText(await readFile(path))
  const sidecar = await readSidecar(path)
  const { post, warnings } = parseHtmlPost(html, basename(path, extname(path)), sidecar, { imageSource: imageSourceNear(dirname(path)) })
  const documents = await buildArticleDocuments(post, detectStructure(post.elements), assets)
  return { ...documents, warnings: [...warnings, ...documents.warnings] }
}
