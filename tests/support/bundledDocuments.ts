import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { publishedView, type SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@/lib/i18n/languages'

/** The bundled dataset as the embedded source loads it. */
export function bundledDocuments(): SanityDocument[] {
  return publishedView(readDatasetDocuments())
}

export type Doc = SanityDocument & Record<string, unknown>

/**
 * The bundled documents of a type in one language (English by default: the pages most tests
 * visit), or in every language with 'any'. A document without a language is English, and types
 * that are not translated (people, redirects) are in every language.
 */
export function documentsOfType(type: string, language: Language | 'any' = DEFAULT_LANGUAGE): Doc[] {
  return bundledDocuments().filter(
    (document): document is Doc =>
      document._type === type &&
      (language === 'any' || (isLanguage(document.language) ? document.language : DEFAULT_LANGUAGE) === language),
  )
}
