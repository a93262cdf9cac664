// hreflang checks shared by the built-site SEO run (tests/site/seo/run.ts) and its unit test:
// every language version a page names must exist and name that page back, in its head and in
// the sitemap alike (Google ignores alternates that are not reciprocal).
import { parseHTML } from 'linkedom'

/** hreflang code (or x-default) to absolute URL, as one page or sitemap entry declares them. */
export type Alternates = Map<string, string>

/** The `<link rel="alternate" hreflang>` tags of a page's head. */
export function headAlternates(html: string): Alternates {
  const { document } = parseHTML(html)
  const found: Alternates = new Map()
  // React writes the attribute as hrefLang; HTML attribute names are case-insensitive, the parser's
  // selectors are not.
  for (const link of document.querySelectorAll('head link[rel="alternate"]')) {
    const hreflang = link.getAttribute('hreflang') ?? link.getAttribute('hrefLang')
    const href = link.getAttribute('href')
    if (hreflang && href) found.set(hreflang, href)
  }
  return found
}

const normal = (url: string) => (URL.canParse(url) ? new URL(url).href : url)

/**
 * What is wrong with a set of pages' alternates, keyed by page URL: a named version that is not
 * among the pages (a 404, a page the walk or the sitemap does not have), one that does not name
 * the page back with the page's own language, a page missing from its own set, x-default not
 * pointing at one of the versions.
 */
export function reciprocityProblems(pages: Map<string, Alternates>, languageOf: (url: string) => string): string[] {
  const byUrl = new Map([...pages].map(([url, alternates]) => [normal(url), alternates]))
  const problems: string[] = []
  for (const [url, alternates] of byUrl) {
    if (alternates.size === 0) continue
    const own = languageOf(url)
    if (normal(alternates.get(own) ?? '') !== url) problems.push(`${url}: does not name itself for hreflang="${own}"`)
    for (const [hreflang, target] of alternates) {
      const to = normal(target)
      if (hreflang === 'x-default') {
        if (![...alternates].some(([code, other]) => code !== 'x-default' && normal(other) === to))
          problems.push(`${url}: x-default ${target} is none of its language versions`)
        continue
      }
      const back = byUrl.get(to)
      if (!back) {
        problems.push(`${url}: hreflang="${hreflang}" names ${target}, which is not a page of the site`)
        continue
      }
      if (languageOf(to) !== hreflang)
        problems.push(`${url}: hreflang="${hreflang}" names ${target}, a page in ${languageOf(to)}`)
      if (normal(back.get(own) ?? '') !== url) problems.push(`${target} does not name ${url} back as hreflang="${own}"`)
    }
  }
  return problems
}
