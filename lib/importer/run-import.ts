import { open } from 'node:fs/promises'
import { AssetCollector, type LocalAsset } from './assets'
import type { ArticleDocuments } from './documents'
import { ImportError, toImportError } from './errors'
import { expandPaths, formatOf, type Format } from './files'
import { importHtmlFile } from './import-html'
import { importTextFile } from './import-text'
import { importWxrFile } from './import-wxr'
import type { DocumentLike } from './ndjson-writer'
import { referencedFiles } from './references'
import { summarize, type Summary } from './summary'

export interface Warning {
  file: string
  message: string
}

export interface ImportResult {
  /** Articles, takeaways and FAQs: the import owns them and replaces them on every run. */
  documents: DocumentLike[]
  /** People and topics found in WXR exports: editors may have refined them, so they are only created, never replaced. */
  shared: DocumentLike[]
  assets: LocalAsset[]
  articles: ArticleDocuments[]
  warnings: Warning[]
  errors: ImportError[]
  summary: Summary
}

export interface ImportOptions {
  /** Called after each file and each WXR post; the CLI turns it into a progress line on large inputs. */
  onProgress?: (done: number, total: number, unit: string) => void
}

interface FileImport {
  articles: ArticleDocuments[]
  shared: DocumentLike[]
  errors: ImportError[]
}

// A file named without a known extension is recognised by how it starts.
async function sniffFormat(path: string): Promise<Format> {
  const handle = await open(path, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0)
    const head = buffer.toString('utf8', 0, bytesRead).trimStart()
    if (/^(<\?xml|<rss)/i.test(head)) return 'wxr'
    return head.startsWith('<') ? 'html' : 'text'
  } finally {
    await handle.close()
  }
}

async function importFile(file: string, assets: AssetCollector, options: ImportOptions): Promise<FileImport> {
  const format = formatOf(file) ?? (await sniffFormat(file))
  if (format === 'wxr') {
    const result = await importWxrFile(file, assets, (done, total) => options.onProgress?.(done, total, `posts of ${file}`))
    return { articles: result.articles, shared: [...result.people, ...result.topics], errors: result.errors }
  }
  const article = format === 'html' ? await importHtmlFile(file, assets) : await importTextFile(file, assets)
  return { articles: [article], shared: [], errors: [] }
}

/**
 * Imports every file it can and reports the ones it cannot: one bad file (or WXR item) never
 * stops the others. Documents are collected in memory; writing them is the caller's decision.
 */
export async function importPaths(paths: string[], options: ImportOptions = {}): Promise<ImportResult> {
  const { files, missing } = await expandPaths(paths)
  const errors = missing.map((path) => new ImportError(path, undefined, 'no such file or folder'))
  const warnings: Warning[] = []
  const articles: ArticleDocuments[] = []
  const shared = new Map<string, DocumentLike>()
  const origin = new Map<string, string>()
  const assets = new AssetCollector()

  for (const [index, file] of files.entries()) {
    try {
      const imported = await importFile(file, assets, options)
      errors.push(...imported.errors)
      for (const article of imported.articles) {
        const owned = [article.article, ...article.takeaways, ...article.faqs]
        const clash = owned.find((document) => origin.has(document._id))
        if (clash) {
          errors.push(new ImportError(file, article.article.title, `${clash._id} was already imported from ${origin.get(clash._id)}; give the post another slug`))
          continue
        }
        for (const document of owned) origin.set(document._id, file)
        articles.push(article)
        warnings.push(...article.warnings.map((message) => ({ file, message: `${article.article.slug.current}: ${message}` })))
      }
      for (const document of imported.shared) if (!shared.has(document._id)) shared.set(document._id, document)
    } catch (error) {
      errors.push(toImportError(file, error))
    }
    options.onProgress?.(index + 1, files.length, 'files')
  }

  const documents = articles.flatMap(({ article, takeaways, faqs }) => [article, ...takeaways, ...faqs])
  // A file that failed after its images were read must not leave them in the output.
  const referenced = new Set(referencedFiles(documents))
  return {
    documents,
    shared: [...shared.values()],
    assets: assets.files().filter((asset) => referenced.has(asset.fileName)),
    articles,
    warnings,
    errors,
    summary: summarize(articles, warnings.length, errors.length),
  }
}
