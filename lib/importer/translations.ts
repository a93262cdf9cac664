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
