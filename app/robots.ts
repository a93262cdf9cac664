import type { MetadataRoute } from 'next'
import { paths } from '@/lib/navigation/paths'
import { crawlerPaths } from '@/lib/seo/crawlerPaths'
import { absoluteUrl } from '@/lib/navigation/siteUrl'

// The Studio and the API are not pages; search results are endless near-duplicates of the site.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/studio', '/api/', paths.search] },
    sitemap: absoluteUrl(crawlerPaths.sitemap),
  }
}
