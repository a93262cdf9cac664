import type { SlugValidationContext } from 'sanity'
import { DEFAULT_LANGUAGE } from '../../lib/i18n/languages'

// Shared rule helpers: the same rule must not drift between the types that use it.

export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']

/** Where an image or a media card may lead: web pages only. */
export const WEB_LINK_SCHEMES = ['http', 'https']

/** URL-safe: lowercase words joined by single dashes, the shape our routes accept. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function checkSlugShape(slug: { current?: string } | undefined): true | string {
  const current = slug?.current
  if (!current) return true
  return SLUG_PATTERN.test(current)
    ? true
    : 'Use lowercase letters, digits and single dashes only (for example "postpartum-depression").'
}

/**
 * Slugs are unique per document type and language (a translation may keep the original's slug:
 * its address starts with /es), ignoring the draft/published pair of the same document.
 */
export async function isUniqueSlugOfType(slug: string, context: SlugValidationContext) {
  const { document, getClient, type } = context
  if (!document || !type) return true
  const id = document._id.replace(/^drafts\./, '')
  const language = typeof document.language === 'string' ? document.language : DEFAULT_LANGUAGE
  const client = getClient({ apiVersion: '2025-09-01' })
  const count = await client.fetch<number>(
    `count(*[_type == $type && slug.current == $slug && coalesce(language, $default) == $language
      && !(_id in [$draft, $published])])`,
    { type: document._type, slug, language, default: DEFAULT_LANGUAGE, draft: `drafts.${id}`, published: id },
  )
  return count === 0
}

/** Two sections with one anchor would share an #id: the second could never be linked to. */
export function checkUniqueAnchors(sections: { anchor?: { current?: string } }[] | undefined): true | string {
  const anchors = (sections ?? [])
    .map((section) => section.anchor?.current)
    .filter((anchor): anchor is string => Boolean(anchor))
  const repeated = [...new Set(anchors.filter((anchor, index) => anchors.indexOf(anchor) !== index))]
  return repeated.length === 0
    ? true
    : `Two sections share the anchor ${repeated.map((anchor) => `"${anchor}"`).join(', ')}: give each its own.`
}
