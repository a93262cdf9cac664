import type { MetadataRoute } from 'next'
import { LANGUAGES } from '@/lib/i18n/languages'
import { pathsFor } from '@/lib/navigation/paths'
import { crawlerPaths } from '@/lib/seo/crawlerPaths'
import { absoluteUrl } from '@/lib/navigation/siteUrl'

// The Studio and the API are not pages; search results (in every language) are endless
// near-duplicates of the site.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/studio', '/api/', ...LANGUAGES.map((language) => pathsFor(language).search)],
    },
    sitemap: absoluteUrl(crawlerPaths.sitemap),
  }
}
