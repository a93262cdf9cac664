import type { Metadata } from 'next'
import type { SiteSettings } from '../sanity/queries/settings'
import { absoluteUrl } from '../navigation/siteUrl'
import { DEFAULT_LANGUAGE, LANGUAGE_LOCALES, type Language, type PageTranslation } from '../i18n/languages'
import { crawlerPaths } from './crawlerPaths'
import { robotsDirectives } from './robots'
import { servedImage, type ServedImage } from './servedImage'
import { SOCIAL_CARD_SIZE } from './socialCard'

export type PageMetadataInput = {
  /** The page's own title; the root layout's template adds the clinic name. */
  title: string
  /** For the home page, whose title is the clinic name itself. */
  absoluteTitle?: boolean
  description?: string
  /** The site path of the page, e.g. "/blog/some-article"; the canonical URL is built from it. */
  path: string
  settings: SiteSettings
  noindex?: boolean
  draft?: boolean
  /** An editor's canonical override, for content first published elsewhere. */
  canonicalUrl?: string | null
  /** The social image; the clinic's default one when absent. */
  image?: ServedImage
}

/** The clinic's default social image, when settings have one. */
export function defaultSocialImage(settings: SiteSettings): ServedImage | undefined {
  if (!settings.defaultOgImage) return undefined
  return servedImage(settings.defaultOgImage, SOCIAL_CARD_SIZE.width, settings.clinicName)
}

/**
 * Metadata every page shares: title, description, a self-referencing absolute canonical URL
 * built from the configured site URL (never the request's Host header), robots, Open Graph,
 * the Twitter card and the feeds.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path, settings } = input
  const url = absoluteUrl(path)
  const image = input.image ?? defaultSocialImage(settings)
  // The feeds of the page's language.
  const feeds = crawlerPaths.feeds(settings.language)
  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical: input.canonicalUrl || url,
      types: {
        'application/rss+xml': [{ url: absoluteUrl(feeds.rss), title: `${settings.clinicName} (RSS)` }],
        'application/atom+xml': [{ url: absoluteUrl(feeds.atom), title: `${settings.clinicName} (Atom)` }],
      },
    },
    robots: robotsDirectives({ noindex: input.noindex, draft: input.draft }),
    openGraph: {
      type: 'website',
      url,
      siteName: settings.clinicName,
      locale: LANGUAGE_LOCALES[settings.language],
      title,
      description,
      ...(image ? { images: [image] } : {}),
    },
    twitter: { card: 'summary_large_image', title, description },
  }
}

/**
 * A page's metadata with its language versions: `hreflang` alternates (each version, and
 * x-default for the default language's, only when it exists) and Open Graph locales. A page
 * with no version in another language names none: hreflang must only point at pages that exist,
 * and every page it names names this one back (they are built from the same translation links).
 */
export function withTranslations(metadata: Metadata, language: Language, translations: PageTranslation[]): Metadata {
  const others = translations.filter((version) => version.language !== language)
  const openGraph = {
    ...metadata.openGraph,
    locale: LANGUAGE_LOCALES[language],
    ...(others.length > 0 ? { alternateLocale: others.map((version) => LANGUAGE_LOCALES[version.language]) } : {}),
  }
  if (others.length === 0) return { ...metadata, openGraph }
  const byLanguage = Object.fromEntries(translations.map((version) => [version.language, absoluteUrl(version.path)]))
  const fallback = translations.find((version) => version.language === DEFAULT_LANGUAGE)
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      languages: { ...byLanguage, ...(fallback ? { 'x-default': absoluteUrl(fallback.path) } : {}) },
    },
    openGraph,
  }
}
