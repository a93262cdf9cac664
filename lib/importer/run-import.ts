import { AssetCollector, type LocalAsset } from './assets'
import type { ArticleDocuments } from './documents'
import { ImportError, toImportError } from './errors'
import { expandPaths } from './files'
import { importTextFile } from './import-text'
import type { DocumentLike } from './ndjson-writer'
import { referencedFiles } from './references'
import { summarize, type Summary } from './summary'

export interface Warning {
  file: string
  message: string
}

export interface ImportResult {
  documents: DocumentLike[]
  assets: LocalAsset[]
  articles: ArticleDocuments[]
  warnings: Warning[]
  errors: ImportError[]
  summary: Summary
}

export interface ImportOptions {
  /** Called after each file; the CLI turns it into a progress line on large inputs. */
  onProgress?: (done: number, total: number, unit: string) => void
}

/**
 * Imports every file it can and reports the ones it cannot: one bad file never stops the others.
 * Documents are collected in memory; writing them anywhere is the caller's decision.
 */
export async function importPaths(paths: string[], options: ImportOptions = {}): Promise<ImportResult> {
  const { files, missing } = await expandPaths(paths)
  const errors = missing.map((path) => new ImportError(path, undefined, 'no such file or folder'))
  const warnings: Warning[] = []
  const articles: ArticleDocuments[] = []
  const origin = new Map<string, string>()
  const assets = new AssetCollector()

  for (const [index, file] of files.entries()) {
    try {
      const imported = await importTextFile(file, assets)
      const clash = [imported.article, ...imported.takeaways, ...imported.faqs].find((document) => origin.has(document._id))
      if (clash) throw new ImportError(file, undefined, `${clash._id} was already imported from ${origin.get(clash._id)}; give the post another slug`)
      for (const document of [imported.article, ...imported.takeaways, ...imported.faqs]) origin.set(document._id, file)
      articles.push(imported)
      warnings.push(...imported.warnings.map((message) => ({ file, message })))
    } catch (error) {
      errors.push(toImportError(file, error))
    }
    options.onProgress?.(index + 1, files.length, 'files')
  }

  const documents = articles.flatMap(({ article, takeaways, faqs }) => [article, ...takeaways, ...faqs])
  // A file that failed after its images were read must not leave them in the output.
  const referenced = new Set(referencedFiles(documents))
  return { documents, assets: assets.files().filter((asset) => referenced.has(asset.fileName)), articles, warnings, errors, summary: summarize(articles, warnings.length, errors.length) }
}
