import { LANGUAGES, DEFAULT_LANGUAGE, type Language } from '../i18n/languages'

/**
 * Translations are linked the way @sanity/document-internationalization links them: one
 * `translation.metadata` document per group, with one weak reference per language (weak, so a
 * translation can be deleted or still be a draft). The plugin uses random keys and ids; the
 * importer's are derived (key = the language, id = type and the default-language slug), so an
 * import gives the same bytes every time and a re-import replaces the group instead of adding one.
 */
export interface TranslationReference {
  _key: Language
  _type: 'internationalizedArrayReferenceValue'
  language: Language
  value: { _type: 'reference'; _ref: string; _weak: true }
}

export interface TranslationMetadataDocument {
  _id: string
  _type: 'translation.metadata'
  schemaTypes: string[]
  translations: TranslationReference[]
}

export interface TranslationMember {
  language: Language
  /** The published id (no `drafts.` prefix): the plugin links published ids, drafts included. */
  id: string
  slug: string
}

/**
 * The metadata document of a group of translations of one type, or undefined when fewer than two
 * languages are in it (nothing to link). Members come in LANGUAGES order; `_id` names the group by
 * its default-language member's slug (`translation-metadata-article-<slug>`), else by the first
 * member's language and slug.
 */
export function translationMetadata(
  type: string,
  members: TranslationMember[],
): TranslationMetadataDocument | undefined {
  const ordered = LANGUAGES.flatMap((language) => members.filter((member) => member.language === language).slice(0, 1))
  const [first] = ordered
  if (!first || ordered.length < 2) return undefined
  const name = first.language === DEFAULT_LANGUAGE ? first.slug : `${first.language}-${first.slug}`
  return {
    _id: `translation-metadata-${type}-${name}`,
    _type: 'translation.metadata',
    schemaTypes: [type],
    translations: ordered.map((member) => ({
      _key: member.language,
      _type: 'internationalizedArrayReferenceValue',
      language: member.language,
      value: { _type: 'reference', _ref: member.id, _weak: true },
    })),
  }
}

/** An article's takeaways (one per section, null where a section has none) and FAQs, in order. */
export interface ArticleParts {
  takeaways: (string | null)[]
  faqs: string[]
}

/**
 * The metadata linking the takeaways and FAQs of articles that translate one another: a
 * translation keeps its original's structure (the Studio copies it; the bundled translations
 * follow it line for line), so the n-th takeaway or FAQ of each is one part in two languages.
 * Only when every version has the same number of sections (or FAQs): a translation that added or
 * dropped one cannot be paired by position, and is left unlinked rather than linked wrongly.
 */
export function partTranslations(
  articleGroups: TranslationMetadataDocument[],
  parts: Map<string, ArticleParts>,
): TranslationMetadataDocument[] {
  return articleGroups.flatMap((group) => {
    const versions = group.translations.flatMap((translation) => {
      const found = parts.get(translation.value._ref)
      return found ? [{ language: translation.language, ...found }] : []
    })
    if (versions.length < 2) return []
    const link = (type: string, ids: (version: (typeof versions)[number]) => (string | null)[]) => {
      const lists = versions.map(ids)
      if (new Set(lists.map((list) => list.length)).size !== 1) return []
      return (lists[0] ?? []).flatMap((_, index) => {
        const members = versions.flatMap((version, v) => {
          const id = lists[v]?.[index]
          return id ? [{ language: version.language, id, slug: id }] : []
        })
        return translationMetadata(type, members) ?? []
      })
    }
    return [...link('takeaway', (version) => version.takeaways), ...link('faq', (version) => version.faqs)]
  })
}
