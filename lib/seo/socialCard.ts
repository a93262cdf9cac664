import { djb2Hash } from 'next/dist/shared/lib/hash'
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages'
import { pathsFor } from '../navigation/paths'

/** The size Facebook, LinkedIn and X recommend for link previews. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const

// Next gives a metadata route inside a route group a suffix hashed from its folder, so that two
// groups cannot claim the same URL. Computing it with Next's own hash lets the page name the
// generated image in its Open Graph tags and structured data; the built-site check
// (tests/site/seo/run.ts) fetches that URL, so a moved file fails loudly.
function cardFile(folder: string): string {
  return `opengraph-image-${djb2Hash(folder).toString(36).slice(0, 6)}`
}

const ARTICLE_CARD_FILES = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    cardFile(language === DEFAULT_LANGUAGE ? '/(site)/blog/[slug]' : `/(site)/${language}/blog/[slug]`),
  ]),
) as Record<Language, string>

/** Path of the generated social card of an article (app/(site)/[es/]blog/[slug]/opengraph-image.tsx). */
export function articleCardPath(slug: string, language: Language = DEFAULT_LANGUAGE): string {
  return `${pathsFor(language).article(slug)}/${ARTICLE_CARD_FILES[language]}`
}
