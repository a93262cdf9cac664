import { z } from 'zod'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../i18n/languages'

/**
 * A document's language versions as a query projects them (queries/fragments.ts translationLinks):
 * the ones in a known language with a reachable page, each language once. A broken or unpublished
 * translation is simply not there: no link and no hreflang may point at a page that does not exist.
 */
export const translationLinksSchema = z
  .array(z.object({ language: z.unknown(), slug: z.string().nullish() }).nullable())
  .nullish()
  .transform((links) => {
    const found = new Map<Language, string>()
    for (const link of links ?? []) {
      if (link && isLanguage(link.language) && link.slug && !found.has(link.language))
        found.set(link.language, link.slug)
    }
    return [...found].map(([language, slug]) => ({ language, slug }))
  })
export type TranslationLinks = z.infer<typeof translationLinksSchema>

/** A stored language: one of LANGUAGES, and English when absent (documents from before the Spanish edition). */
export const storedLanguageSchema = z
  .unknown()
  .transform((value): Language => (isLanguage(value) ? value : DEFAULT_LANGUAGE))
