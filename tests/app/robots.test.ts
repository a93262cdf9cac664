import robots from '@/app/robots'
import { absoluteUrl } from '@/lib/navigation/siteUrl'

describe('/robots.txt', () => {
  it('lets crawlers in, keeps them out of the Studio, the API and search results in every language, and names the sitemap', () => {
    const rules = robots()
    expect(rules.rules).toEqual({ userAgent: '*', allow: '/', disallow: ['/studio', '/api/', '/search', '/es/search'] })
    expect(rules.sitemap).toBe(absoluteUrl('/sitemap.xml'))
  })
})
