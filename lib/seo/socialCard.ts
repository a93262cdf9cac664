import { djb2Hash } from 'next/dist/shared/lib/hash'
import { paths } from '../navigation/paths'

/** The size Facebook, LinkedIn and X recommend for link previews. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const

// Next gives a metadata route inside a route group a suffix hashed from its folder, so that two
// groups cannot claim the same URL. Computing it with Next's own hash lets the page name the
// generated image in its Open Graph tags and structured data; the built-site check
// (tests/site/seo/run.ts) fetches that URL, so a moved file fails loudly.
const ARTICLE_CARD_FOLDER = '/(site)/blog/[slug]'
const ARTICLE_CARD_FILE = `opengraph-image-${djb2Hash(ARTICLE_CARD_FOLDER).toString(36).slice(0, 6)}`

/** Path of the generated social card of an article (app/(site)/blog/[slug]/opengraph-image.tsx). */
export function articleCardPath(slug: string): string {
  return `${paths.article(slug)}/${ARTICLE_CARD_FILE}`
}
