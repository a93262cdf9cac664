import { readdir, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { z } from 'zod'
import type { BundledDataset } from '../dataset/bundledDataset'
import type { DocumentLike } from '../dataset/ndjson'
import { DEFAULT_LANGUAGE, LANGUAGES, TRANSLATED_TYPES, type Language } from '../i18n/languages'
import { formatOf } from './files'
import { articleId } from './ids'
import { danglingReferences } from './references'
import { importPaths, type ImportResult } from './runImport'
import { readSidecar, sidecarPath } from './sidecar'

// Hand-written documents are checked only for what the dataset itself relies on: a dot-free id and a type.
const handWritten = z.looseObject({
  _id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'an id without dots'),
  _type: z.string().min(1),
})

// translations.json holds translation.metadata documents in the shape the plugin reads (docs/importer.md).
const translationMetadataSchema = z.strictObject({
  _id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'an id without dots'),
  _type: z.literal('translation.metadata'),
  schemaTypes: z.array(z.enum(TRANSLATED_TYPES)).length(1),
  translations: z
    .array(
      z
        .strictObject({
          _key: z.enum(LANGUAGES),
          _type: z.literal('internationalizedArrayReferenceValue'),
          language: z.enum(LANGUAGES),
          value: z.strictObject({ _type: z.literal('reference'), _ref: z.string().min(1), _weak: z.literal(true) }),
        })
        .refine((entry) => entry._key === entry.language, 'the _key is the language'),
    )
    .min(2, 'a translation links at least two languages'),
})

const HAND_WRITTEN_FILES = ['site-settings.json', 'people.json', 'topics.json']
/** Optional: the translation.metadata documents that are not generated (topics'). */
const TRANSLATIONS_FILE = 'translations.json'

async function readJson(source: string, file: string): Promise<unknown> {
  return JSON.parse(await readFile(join(source, file), 'utf8'))
}

async function readHandWritten(source: string, file: string): Promise<DocumentLike[]> {
  const result = z.union([handWritten, z.array(handWritten)]).safeParse(await readJson(source, file))
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`)
  return Array.isArray(result.data) ? result.data : [result.data]
}

async function readTranslations(source: string): Promise<DocumentLike[]> {
  const json = await readJson(source, TRANSLATIONS_FILE).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new Error(`${TRANSLATIONS_FILE}: ${error instanceof Error ? error.message : String(error)}`)
  })
  const result = z.array(translationMetadataSchema).safeParse(json)
  if (!result.success) throw new Error(`${TRANSLATIONS_FILE}: ${z.prettifyError(result.error)}`)
  return result.data
}

/**
 * Posts in `articles/<language>/` (every language but the default) are translations: their
 * sidecar must say the folder's language and name the original (`translationOf`), so none is
 * imported as English by a missing or misspelt key.
 */
async function checkTranslatedFolders(articles: string): Promise<void> {
  const problems: string[] = []
  for (const language of LANGUAGES.filter((candidate) => candidate !== DEFAULT_LANGUAGE)) {
    const folder = join(articles, language)
    const files = await readdir(folder).catch(() => [])
    for (const name of files.filter((file) => formatOf(file) && extname(file) !== '.json').sort()) {
      const where = `articles/${language}/${name}`
      const meta = await readSidecar(join(folder, name))
      if (meta.language !== language)
        problems.push(
          `${where}: its sidecar (${sidecarPath(name)}) must say "language": "${language}" (it says ${meta.language ? `"${meta.language}"` : 'nothing'})`,
        )
      if (!meta.translationOf)
        problems.push(`${where}: its sidecar must name the ${DEFAULT_LANGUAGE} article it translates ("translationOf")`)
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
}

type Labelled = DocumentLike & { language?: unknown; topics?: unknown; translations?: unknown; schemaTypes?: unknown }

const languageOf = (document: Labelled): unknown => document.language ?? DEFAULT_LANGUAGE

/**
 * What a two-language dataset must hold beyond unique ids and live references: every
 * translation's original exists, documents refer to topics of their own language, and every
 * translation.metadata entry points at a document of its type in the language it claims.
 */
function languageProblems(documents: Labelled[], imported: ImportResult): string[] {
  const byId = new Map(documents.map((document) => [document._id, document]))
  const problems: string[] = []
  for (const { article, translationOf } of imported.articles) {
    if (translationOf && !byId.has(articleId(translationOf)))
      problems.push(
        `articles/${article.language}/${article.slug.current}: translationOf "${translationOf}" names no ${DEFAULT_LANGUAGE} article (no articles/${translationOf}.txt or .html)`,
      )
  }
  for (const document of documents) {
    if (!(TRANSLATED_TYPES as readonly string[]).includes(document._type) || !Array.isArray(document.topics)) continue
    for (const topic of document.topics as Array<{ _ref?: unknown }>) {
      const target = typeof topic._ref === 'string' ? byId.get(topic._ref) : undefined
      if (target && languageOf(target) !== languageOf(document))
        problems.push(
          `${document._id} (${String(languageOf(document))}) is filed under ${target._id}, a topic in ${String(languageOf(target))}; use the topic's translation`,
        )
    }
  }
  for (const document of documents) {
    if (document._type !== 'translation.metadata' || !Array.isArray(document.translations)) continue
    const types = Array.isArray(document.schemaTypes) ? (document.schemaTypes as unknown[]) : []
    for (const entry of document.translations as Array<{ language: Language; value: { _ref: string } }>) {
      const target = byId.get(entry.value._ref)
      if (!target) continue
      if (!types.includes(target._type) || languageOf(target) !== entry.language)
        problems.push(
          `${document._id}: its ${entry.language} entry points at ${target._id}, a ${target._type} in ${String(languageOf(target))}`,
        )
    }
  }
  return problems
}

/** The bundled dataset as built, with the import's summary and warnings for the build script to report. */
export interface BuiltDataset extends BundledDataset {
  imported: ImportResult
}

/**
 * The bundled dataset from its sources (sanity/dataset/source/): the hand-written site settings,
 * people, topics and topic translations, plus every post in articles/ (translations in
 * articles/<language>/) run through the importer, which links each translation to its original.
 * Any import error, repeated id, reference to a missing document, or translation that does not
 * line up fails the build rather than shipping broken data.
 */
export async function buildBundledDataset(source: string): Promise<BuiltDataset> {
  const handWrittenDocuments = [
    ...(await Promise.all(HAND_WRITTEN_FILES.map((file) => readHandWritten(source, file)))).flat(),
    ...(await readTranslations(source)),
  ]
  const articles = join(source, 'articles')
  await checkTranslatedFolders(articles)
  const imported = await importPaths([articles])
  if (imported.errors.length > 0) throw new Error(imported.errors.map((error) => error.message).join('\n'))

  const written = new Set(handWrittenDocuments.map((document) => document._id))
  const documents = [
    ...handWrittenDocuments,
    ...imported.documents,
    ...imported.shared.filter((document) => !written.has(document._id)),
  ]
  const ids = documents.map((document) => document._id)
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index)
  if (repeated.length > 0) throw new Error(`documents defined twice: ${repeated.join(', ')}`)
  const problems = languageProblems(documents, imported)
  if (problems.length > 0) throw new Error(problems.join('\n'))
  const dangling = danglingReferences(documents)
  if (dangling.length > 0) throw new Error(`references to missing documents: ${dangling.join(', ')}`)
  return { documents, assets: imported.assets, imported }
}
