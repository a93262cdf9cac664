// The languages the blog is written in. English is the default: its addresses have no prefix and
// a document without a `language` field (written before the Spanish edition) is English.

export const LANGUAGES = ['en', 'es'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'en'

/** Each language's name in itself, for the language switcher and the Studio's menus. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' }

/** BCP 47 tags for `og:locale` (which wants a region) and `Intl`. */
export const LANGUAGE_LOCALES: Record<Language, string> = { en: 'en_US', es: 'es_US' }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The other languages than `language`, in LANGUAGES order. */
export function otherLanguages(language: Language): Language[] {
  return LANGUAGES.filter((other) => other !== language)
}

/**
 * The GROQ condition "this document is in $language", with its parameters. A document with no
 * language counts as English, so the condition compares with two constants (`language == $language
 * || language == $unlabelled`, where $unlabelled is null for English): a shape the embedded index
 * answers exactly (lib/groq-index/README.md).
 */
export const IN_LANGUAGE = /* groq */ `(language == $language || language == $unlabelled)`

export function languageParams(language: Language): { language: Language; unlabelled: Language | null } {
  return { language, unlabelled: language === DEFAULT_LANGUAGE ? null : language }
}

/** The document types translated as linked documents (translation.metadata). */
export const TRANSLATED_TYPES = ['article', 'faq', 'takeaway', 'topic'] as const

/** The GROQ condition "this document is in the default language" (a constant: no parameters). */
export const IN_DEFAULT_LANGUAGE = /* groq */ `(language == "${DEFAULT_LANGUAGE}" || language == null)`

/** One language version of a page that exists: what the language switcher and hreflang link to. */
export type PageTranslation = { language: Language; path: string }
