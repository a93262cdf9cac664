// Where crawlers and feed readers find the site's machine-readable files.
export const crawlerPaths = {
  robots: '/robots.txt',
  sitemap: '/sitemap.xml',
  /** One part of a sitemap split into an index, numbered from 1. */
  sitemapPart: (part: number) => `/sitemaps/${part}.xml`,
  rssFeed: '/feed.xml',
  atomFeed: '/feed.atom',
} as const
