import { isLanguage, type Language } from '../i18n/languages'
import type { WxrItem } from './wxrItem'

/**
 * The language of a WXR post and the group of posts that translate each other, as the two
 * WordPress translation plugins write them into a WordPress export:
 *
 * - Polylang registers two taxonomies on posts, and WordPress's exporter writes a post's terms in
 *   them like categories: `<category domain="language" nicename="es">` (the language's slug) and
 *   `<category domain="post_translations" nicename="pll_…">` (the group). The channel's `<wp:term>`
 *   of a group holds its members as a serialized PHP array in `wp:term_description`, which also
 *   places a post that lacks the item-level terms.
 * - WPML keeps languages in its own table (`icl_translations`), which WordPress's exporter does not
 *   read; its "WPML Export and Import" add-on writes them into the export as post meta:
 *   `_wpml_import_language_code` (the language), `_wpml_import_translation_group` (the group) and
 *   `_wpml_import_source_language_code` (the language translated from; not needed to link them).
 *   A `language` term, as Polylang writes it, is read for WPML exports too.
 */
export const WPML_LANGUAGE_META = '_wpml_import_language_code'
export const WPML_GROUP_META = '_wpml_import_translation_group'

type LanguageSource = Pick<WxrItem, 'postId' | 'terms' | 'meta'>

/** Polylang groups by term slug: language slug to post id (WxrChannelInfo.translationGroups). */
export type PolylangGroups = Map<string, Map<string, string>>

function polylangMembership(
  item: LanguageSource,
  groups: PolylangGroups,
): { group: string; language: string } | undefined {
  if (!item.postId) return undefined
  for (const [group, members] of groups)
    for (const [language, postId] of members) if (postId === item.postId) return { group, language }
  return undefined
}

/** The language code the export gives a post ('' when it gives none), as written: `es`, `es-mx`, `fr`. */
export function languageCodeOf(item: LanguageSource, groups: PolylangGroups): string {
  const term = item.terms.find((candidate) => candidate.domain === 'language')
  return (
    term?.nicename ||
    term?.name ||
    item.meta.get(WPML_LANGUAGE_META) ||
    polylangMembership(item, groups)?.language ||
    ''
  ).trim()
}

/** The key of the post's translation group, or undefined when the export links it to none. */
export function translationGroupOf(item: LanguageSource, groups: PolylangGroups): string | undefined {
  const term = item.terms.find((candidate) => candidate.domain === 'post_translations' && candidate.nicename)
  if (term) return `polylang:${term.nicename}`
  const wpml = item.meta.get(WPML_GROUP_META)?.trim()
  if (wpml) return `wpml:${wpml}`
  const membership = polylangMembership(item, groups)
  return membership ? `polylang:${membership.group}` : undefined
}

/**
 * The blog's language for a plugin's language code: the code itself (`es`), or its primary subtag
 * when the plugin names a regional variant (`es-mx`, `es_ES`); undefined for a language the blog
 * does not publish, which the caller reports instead of importing it under another language.
 */
export function blogLanguage(code: string): Language | undefined {
  const lower = code.toLowerCase()
  if (isLanguage(lower)) return lower
  const primary = lower.split(/[-_]/)[0]
  return isLanguage(primary) ? primary : undefined
}
