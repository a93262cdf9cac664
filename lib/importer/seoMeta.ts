/** The article's `seo` object as the importer fills it (docs/content-model.md). */
export interface SeoFields {
  _type: 'seo'
  metaTitle?: string
  metaDescription?: string
  noindex?: boolean
  canonicalUrl?: string
  focusKeyphrase?: string
}

export interface SeoContext {
  /** The post's title as plain text. */
  title: string
  excerpt: string
  /** Title of the post's first topic. */
  category: string
}

const MAX_TITLE = 70
const MAX_DESCRIPTION = 320
const MAX_KEYPHRASE = 100

// Yoast writes %%name%%, Rank Math %name%. The site adds its own name and separator to every
// title, so those resolve to nothing; variables that change on every view (dates, page numbers)
// or that need WordPress to compute (custom fields) are dropped, never stored raw.
function resolveVariables(template: string, context: SeoContext): string {
  const values: Record<string, string> = {
    title: context.title,
    post_title: context.title,
    excerpt: context.excerpt,
    excerpt_only: context.excerpt,
    category: context.category,
    primary_category: context.category,
    sitename: '',
    sitetitle: '',
    site_title: '',
    sep: '',
    separator_sa: '',
  }
  const replaced = template.replace(
    /%%([a-z_]+)%%|%([a-z_]+)%/gi,
    (_match, yoast: string | undefined, rankMath: string | undefined) =>
      values[(yoast ?? rankMath ?? '').toLowerCase()] ?? '',
  )
  return replaced
    .replace(/\s+/g, ' ')
    .replace(/^[\s|\-–—:·•]+|[\s|\-–—:·•]+$/g, '')
    .trim()
}

const cut = (text: string, max: number) =>
  text.length <= max
    ? text
    : text
        .slice(0, max)
        .replace(/\s+\S*$/, '')
        .trim()

const absoluteHttp = (url: string) => /^https?:\/\/[^\s/]+/i.test(url)

/**
 * Yoast SEO and Rank Math post meta as the article's SEO fields. A title equal to the article's
 * own adds nothing and is left out; `canonicalFor` decides what a canonical URL becomes (a
 * canonical pointing at the post itself is dropped: the site computes its own).
 */
export function seoFromMeta(
  meta: Map<string, string>,
  context: SeoContext,
  canonicalFor: (url: string) => string | undefined,
): { seo?: SeoFields; warnings: string[] } {
  const warnings: string[] = []
  const pick = (...keys: string[]) => keys.map((key) => meta.get(key)?.trim() ?? '').find(Boolean) ?? ''
  const title = resolveVariables(pick('_yoast_wpseo_title', 'rank_math_title'), context)
  const description = resolveVariables(pick('_yoast_wpseo_metadesc', 'rank_math_description'), context)
  const canonical = pick('_yoast_wpseo_canonical', 'rank_math_canonical_url')
  // Rank Math stores robots as a PHP-serialised array: a:1:{i:0;s:7:"noindex";}
  const noindex =
    meta.get('_yoast_wpseo_meta-robots-noindex')?.trim() === '1' ||
    /"noindex"|^noindex$/.test(meta.get('rank_math_robots') ?? '')
  const keyphrase = pick('_yoast_wpseo_focuskw', 'rank_math_focus_keyword').split(',')[0]?.trim() ?? ''

  const seo: SeoFields = { _type: 'seo' }
  if (title && title !== context.title) {
    if (title.length > MAX_TITLE) warnings.push(`SEO title cut to ${MAX_TITLE} characters`)
    seo.metaTitle = cut(title, MAX_TITLE)
  }
  if (description) {
    if (description.length > MAX_DESCRIPTION) warnings.push(`SEO description cut to ${MAX_DESCRIPTION} characters`)
    seo.metaDescription = cut(description, MAX_DESCRIPTION)
  }
  if (noindex) seo.noindex = true
  if (canonical) {
    const resolved = absoluteHttp(canonical) ? canonicalFor(canonical) : undefined
    if (resolved) seo.canonicalUrl = resolved
    else if (!absoluteHttp(canonical))
      warnings.push(`canonical URL "${canonical}" is not an absolute http(s) URL; dropped`)
  }
  if (keyphrase) seo.focusKeyphrase = cut(keyphrase, MAX_KEYPHRASE)
  return Object.keys(seo).length > 1 ? { seo, warnings } : { warnings }
}
