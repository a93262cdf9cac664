import { open, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { LocalAsset } from '../dataset/exportedImages'
import { reportedClaims } from '../claims/reportedClaims'
import { AssetCollector } from './assets'
import type { ArticleDocuments } from './documents'
import { ImportError, toImportError } from './errors'
import { expandPaths, formatOf, type Format } from './files'
import { importHtmlFile } from './importHtml'
import { importTextFile } from './importText'
import { imageSourceWithin } from './imageLocations'
import { assertInputSize } from './inputLimits'
import { importWxrFile, type PostReport, type WxrFileReport, type WxrImportOptions } from './importWxr'
import type { RedirectDocument } from './legacyLinks'
import type { DocumentLike } from '../dataset/ndjson'
import { referencedFiles } from './references'
import { addArticle, countImages, emptySummary, type Summary } from './summary'
import { documentWordCount, htmlWordCount } from './wordCount'
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'
import { articleId } from './ids'
import {
  partTranslations,
  translationMetadata,
  type ArticleParts,
  type TranslationMetadataDocument,
} from './translations'

export interface Warning {
  file: string
  message: string
}

/** Where documents go as they are produced (DatasetWriter has this shape), so no import is held in memory whole. */
export interface DocumentSink {
  write: (document: DocumentLike) => Promise<void>
  addImage: (asset: LocalAsset) => Promise<void>
}

/** One input file in the migration report; WXR files list their posts. */
export interface FileReport {
  file: string
  format: Format | 'unknown'
  posts: PostReport[]
  otherItems: Record<string, number>
  comments: number
}

export interface ImportResult {
  /** Articles, takeaways, FAQs and redirects: the import owns them and replaces them on every run. Empty when a sink took them. */
  documents: DocumentLike[]
  /** People and topics found in WXR exports: editors may have refined them, so they are only created, never replaced. */
  shared: DocumentLike[]
  /** Local images the documents use. */
  assets: LocalAsset[]
  /** Each imported article's documents; empty when a sink took them. */
  articles: ArticleDocuments[]
  warnings: Warning[]
  errors: ImportError[]
  files: FileReport[]
  summary: Summary
}

export interface ImportOptions extends Partial<Omit<WxrImportOptions, 'onProgress'>> {
  /** Called after each file and each WXR post; the CLI turns it into a progress line on large inputs. */
  onProgress?: (done: number, total: number, unit: string) => void
  /** Receives each owned document (and the images it uses) as it is produced; without it they are returned. */
  sink?: DocumentSink
  /** `--uploads DIR`: the old site's wp-content/uploads, the one folder besides a post's own that images are read from. */
  uploads?: string
  /** `--language`: the language of posts whose sidecar or WXR data names none (default: the default language). */
  language?: Language
}

// A file named without a known extension is recognised by how it starts.
async function sniffFormat(path: string): Promise<Format> {
  const handle = await open(path, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0)
    const head = buffer
      .toString('utf8', 0, bytesRead)
      .replace(/^\ufeff/, '')
      .trimStart()
    if (/^(<\?xml|<rss)/i.test(head)) return 'wxr'
    return head.startsWith('<') ? 'html' : 'text'
  } finally {
    await handle.close()
  }
}

/**
 * Imports every file it can and reports the ones it cannot: one bad file (or WXR item) never
 * stops the others. With a sink, documents leave as soon as each post is converted and the
 * result keeps only counts and the report; without one, they are returned.
 */
export async function importPaths(paths: string[], options: ImportOptions = {}): Promise<ImportResult> {
  const { files, missing } = await expandPaths(paths)
  const errors = missing.map((path) => new ImportError(path, undefined, 'no such file or folder'))
  const warnings: Warning[] = []
  const articles: ArticleDocuments[] = []
  const collected: DocumentLike[] = []
  const shared = new Map<string, DocumentLike>()
  const redirects = new Map<string, RedirectDocument>()
  const translations = new Map<string, TranslationMetadataDocument>()
  // Text and HTML translations (sidecar `translationOf`) and the default-language slugs imported, to link them at the end.
  const translationsOf: Array<{ file: string; translationOf: string; language: Language; id: string; slug: string }> =
    []
  // Each text or HTML article's takeaways and FAQs, so a translation's can be linked to its original's.
  const parts = new Map<string, ArticleParts>()
  const defaultSlugs = new Set<string>()
  const origin = new Map<string, string>()
  const assets = new AssetCollector()
  const usedImages = new Set<string>()
  const summary = emptySummary()
  const reports: FileReport[] = missing.map((file) => ({
    file,
    format: 'unknown',
    posts: [],
    otherItems: {},
    comments: 0,
  }))

  const accept = async (file: string, imported: ArticleDocuments): Promise<boolean> => {
    const owned = [imported.article, ...imported.takeaways, ...imported.faqs]
    const clash = owned.find((document) => origin.has(document._id))
    if (clash) {
      errors.push(
        new ImportError(
          file,
          imported.article.title,
          `${clash._id} was already imported from ${origin.get(clash._id)}; give the post another slug`,
        ),
      )
      return false
    }
    for (const document of owned) origin.set(document._id, file)
    addArticle(summary, imported)
    const { language, slug } = { language: imported.article.language, slug: imported.article.slug.current }
    if (language === DEFAULT_LANGUAGE) defaultSlugs.add(slug)
    if (imported.translationOf)
      translationsOf.push({ file, translationOf: imported.translationOf, language, id: imported.article._id, slug })
    parts.set(imported.article._id, {
      takeaways: (imported.article.sections ?? []).map((section) => section.takeaway?._ref ?? null),
      faqs: (imported.article.faqs ?? []).map((faq) => faq._ref),
    })
    warnings.push(
      ...imported.warnings.map((message) => ({ file, message: `${imported.article.slug.current}: ${message}` })),
    )
    // A post that failed after its images were read must not leave them in the output: only used images count.
    const names = referencedFiles(owned)
    const fresh = assets.files().filter((asset) => names.includes(asset.fileName) && !usedImages.has(asset.fileName))
    for (const asset of fresh) usedImages.add(asset.fileName)
    if (options.sink) {
      for (const asset of fresh) await options.sink.addImage(asset)
      for (const document of owned) await options.sink.write(document)
    } else {
      articles.push(imported)
      collected.push(...owned)
    }
    return true
  }

  for (const [index, file] of files.entries()) {
    const report: FileReport = { file, format: 'unknown', posts: [], otherItems: {}, comments: 0 }
    reports.push(report)
    try {
      const format = formatOf(file) ?? (await sniffFormat(file))
      report.format = format
      await assertInputSize(file, format)
      if (format === 'wxr') {
        // Refused and missing images are reported with the post they came from, once it is accepted.
        const imageWarnings: string[] = []
        const folders = { postDirectory: dirname(file), ...(options.uploads ? { uploads: options.uploads } : {}) }
        const imageSource = options.imageSource ?? imageSourceWithin(folders, (message) => imageWarnings.push(message))
        const withImageWarnings = (imported: ArticleDocuments): ArticleDocuments => ({
          ...imported,
          warnings: [...imported.warnings, ...imageWarnings.splice(0)],
        })
        const result = await importWxrFile(
          file,
          assets,
          async (imported) => void (await accept(file, withImageWarnings(imported))),
          {
            includeDrafts: options.includeDrafts ?? false,
            includePages: options.includePages ?? false,
            ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
            ...(options.language ? { language: options.language } : {}),
            imageSource,
            onProgress: (done, total) => {
              // Left over only when the post failed: its error is reported, the image warnings go with the file.
              warnings.push(...imageWarnings.splice(0).map((message) => ({ file, message })))
              options.onProgress?.(done, total, `posts of ${file}`)
            },
          },
        )
        errors.push(...result.errors)
        warnings.push(...result.warnings.map((message) => ({ file, message })))
        for (const metadata of result.translations)
          if (!translations.has(metadata._id)) translations.set(metadata._id, metadata)
        Object.assign(report, wxrReport(result.report))
        for (const document of result.shared) if (!shared.has(document._id)) shared.set(document._id, document)
        for (const redirect of result.redirects) if (!redirects.has(redirect._id)) redirects.set(redirect._id, redirect)
      } else {
        const article =
          format === 'html'
            ? await importHtmlFile(file, assets, options.uploads, options.language)
            : await importTextFile(file, assets, options.language)
        const accepted = await accept(file, article)
        report.posts.push({
          item: 1,
          postId: '',
          title: article.article.title,
          type: format,
          status: '',
          outcome: accepted ? 'imported' : 'failed',
          slug: article.article.slug.current,
          words: { source: await sourceWords(file, format), result: documentWordCount(article) },
          images: countImages(article),
          warnings: article.warnings,
          claims: reportedClaims(article),
        })
      }
    } catch (error) {
      errors.push(toImportError(file, error))
    }
    options.onProgress?.(index + 1, files.length, 'files')
  }

  for (const report of reports) {
    summary.skipped += report.posts.filter((post) => post.outcome === 'skipped').length
    summary.comments += report.comments
  }
  summary.redirects += redirects.size
  const redirectList = [...redirects.values()]
  if (options.sink) for (const redirect of redirectList) await options.sink.write(redirect)
  else collected.push(...redirectList)

  const articleGroups = textTranslations(translationsOf, defaultSlugs, warnings)
  for (const metadata of [...articleGroups, ...partTranslations(articleGroups, parts)])
    if (!translations.has(metadata._id)) translations.set(metadata._id, metadata)
  const translationList = [...translations.values()].sort((a, b) => (a._id < b._id ? -1 : 1))
  if (options.sink) for (const metadata of translationList) await options.sink.write(metadata)
  else collected.push(...translationList)
  summary.warnings = warnings.length
  summary.errors = errors.length
  return {
    documents: collected,
    shared: [...shared.values()],
    assets: assets.files().filter((asset) => usedImages.has(asset.fileName)),
    articles,
    warnings,
    errors,
    files: reports,
    summary,
  }
}

/**
 * The translation metadata of text and HTML posts whose sidecar names the default-language
 * article they translate (`translationOf`), one document per original. The references are weak,
 * so an original imported by an earlier run still links; one not in this run is warned about
 * (the bundled dataset builder refuses it).
 */
function textTranslations(
  posts: Array<{ file: string; translationOf: string; language: Language; id: string; slug: string }>,
  defaultSlugs: Set<string>,
  warnings: Warning[],
): TranslationMetadataDocument[] {
  const groups = new Map<string, Array<{ language: Language; id: string; slug: string }>>()
  for (const post of posts) {
    if (post.language === DEFAULT_LANGUAGE) {
      warnings.push({
        file: post.file,
        message: `${post.slug}: translationOf is for a translation; this post is in ${DEFAULT_LANGUAGE}, so it links nothing`,
      })
      continue
    }
    if (!defaultSlugs.has(post.translationOf))
      warnings.push({
        file: post.file,
        message: `${post.slug}: translationOf "${post.translationOf}" names no ${DEFAULT_LANGUAGE} article of this import; linked to ${articleId(post.translationOf)} (weak reference)`,
      })
    const members = groups.get(post.translationOf) ?? [
      { language: DEFAULT_LANGUAGE, id: articleId(post.translationOf), slug: post.translationOf },
    ]
    if (members.some((member) => member.language === post.language))
      warnings.push({
        file: post.file,
        message: `${post.slug}: "${post.translationOf}" already has a ${post.language} translation; not linked`,
      })
    else members.push({ language: post.language, id: post.id, slug: post.slug })
    groups.set(post.translationOf, members)
  }
  return [...groups.values()].flatMap((members) => translationMetadata('article', members) ?? [])
}

// The visible words of a text or HTML post, so the report can say how many arrived.
async function sourceWords(file: string, format: Format): Promise<number> {
  const text = await readFile(file, 'utf8')
  return format === 'html' ? htmlWordCount(text) : text.split(/\s+/).filter(Boolean).length
}

function wxrReport(report: WxrFileReport): Pick<FileReport, 'posts' | 'otherItems' | 'comments'> {
  return { posts: report.posts, otherItems: report.otherItems, comments: report.comments }
}
