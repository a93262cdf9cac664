import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'

// The files of one language's edition: the default language's at the root, another's under its
// prefix (/es/feed.xml), as its pages are (lib/navigation/paths.ts).
const editionPrefix = (language: Language) => (language === DEFAULT_LANGUAGE ? '' : `/${language}`)

// Where crawlers and feed readers find the site's machine-readable files.
export const crawlerPaths = {
  robots: '/robots.txt',
  sitemap: '/sitemap.xml',
  /** One part of a sitemap split into an index, numbered from 1. */
  sitemapPart: (part: number) => `/sitemaps/${part}.xml`,
  /** The English feeds (feeds('en')). */
  rssFeed: '/feed.xml',
  atomFeed: '/feed.atom',
  /** One language's feeds: its newest articles, for the head of that language's pages. */
  feeds: (language: Language) => ({
    rss: `${editionPrefix(language)}/feed.xml`,
    atom: `${editionPrefix(language)}/feed.atom`,
  }),
  /** One language's llms.txt (llmstxt.org): the clinic, its policy and its articles, for assistants. */
  llmsTxt: (language: Language) => `${editionPrefix(language)}/llms.txt`,
} as const
