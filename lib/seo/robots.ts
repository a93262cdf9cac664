import type { Metadata } from 'next'

type RobotsOptions = {
  /** The page must stay out of search results (seo.noindex, search results, 404s). */
  noindex?: boolean
  /** A draft preview: neither indexed nor followed, since its links may point at unpublished pages. */
  draft?: boolean
}

/**
 * Yoast's default (index, follow, large image previews, unlimited snippets) for public pages;
 * noindex for the rest.
 */
export function robotsDirectives({ noindex = false, draft = false }: RobotsOptions = {}): NonNullable<
  Metadata['robots']
> {
  if (draft) return { index: false, follow: false }
  if (noindex) return { index: false, follow: true }
  return { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1, 'max-video-preview': -1 }
}
