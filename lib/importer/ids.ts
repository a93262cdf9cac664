import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'

/**
 * Stable document ids (docs/content-model.md): derived from slugs and positions, never random,
 * so re-importing the same post replaces its documents instead of adding new ones.
 * Slugs contain no dots, so none of these ids is private in the Content Lake.
 *
 * Slugs are unique per type and language, so a Spanish post may have an English post's slug.
 * Its documents get the language in front (`es-article-<slug>`): every English id starts with a
 * type name and no type is called like a language, so the two never collide, whatever the slugs.
 * English ids are unchanged from before the Spanish edition, so re-importing replaces them.
 */
const inLanguage = (id: string, language: Language) => (language === DEFAULT_LANGUAGE ? id : `${language}-${id}`)

export const articleId = (slug: string, language: Language = DEFAULT_LANGUAGE) =>
  inLanguage(`article-${slug}`, language)
export const takeawayId = (slug: string, n: number, language: Language = DEFAULT_LANGUAGE) =>
  inLanguage(`takeaway-${slug}-${n}`, language)
export const faqId = (slug: string, n: number, language: Language = DEFAULT_LANGUAGE) =>
  inLanguage(`faq-${slug}-${n}`, language)
export const topicId = (slug: string, language: Language = DEFAULT_LANGUAGE) => inLanguage(`topic-${slug}`, language)
/** People are shared by every edition: no language. */
export const personId = (slug: string) => `person-${slug}`
