import { articleId } from './ids'
import type { LegacyLinks, LinkTarget } from './legacyLinks'
import { articlePath } from './newPaths'

export interface LinkCounts {
  /** Links to something imported, now pointing at its new home. */
  rewritten: number
  /** Links left as they were: other sites, and old-site pages nothing imported answers (warned). */
  kept: number
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Points the links of converted content at the new site. In text, a link to an imported post
 * becomes an `internalLink` reference (the only internal form the schema's rich text accepts:
 * `link.href` must be an absolute http(s), mailto or tel URL, and a reference follows the
 * article when an editor changes its slug); a reference to a post imported as a draft is weak,
 * so the dataset loads before it is published. Links to topic and author pages, and image
 * links, are absolute URLs on `siteUrl` when it is known; without it they keep the old URL,
 * which the redirects answer once the domain points at the new site.
 */
export class LinkRewriter {
  readonly counts: LinkCounts = { rewritten: 0, kept: 0 }

  constructor(
    private readonly links: LegacyLinks,
    private readonly siteUrl: string | undefined,
  ) {}

  private absolute(target: LinkTarget): string | undefined {
    if (!this.siteUrl) return undefined
    if (target.kind === 'article') return `${this.siteUrl}${articlePath(target.slug, target.language)}`
    if (target.kind === 'path') return `${this.siteUrl}${target.path}`
    return undefined
  }

  private note(href: string, target: LinkTarget, warnings: string[]): void {
    if (target.kind === 'missing')
      warnings.push(`link to "${href}" kept: it points at the old site, at something this import does not bring across`)
    else if (target.kind === 'path' && !this.siteUrl)
      warnings.push(`link to "${href}" kept as it was: give --site-url to point it at ${target.path}`)
  }

  private rewriteHref(href: string, warnings: string[]): string {
    const target = this.links.resolve(href)
    const hash = href.includes('#') ? href.slice(href.indexOf('#')) : ''
    const next = this.absolute(target)
    if (next) {
      this.counts.rewritten += 1
      return `${next}${hash}`
    }
    this.counts.kept += 1
    this.note(href, target, warnings)
    return href
  }

  private rewriteBlock(block: Json, warnings: string[]): void {
    const defs = block.markDefs
    if (!Array.isArray(defs)) return
    block.markDefs = defs.map((def: unknown) => {
      if (!isObject(def) || def._type !== 'link' || typeof def.href !== 'string') return def
      const target = this.links.resolve(def.href)
      // A link to a section of another post needs its address; a reference cannot carry the anchor.
      if (target.kind === 'article' && !def.href.includes('#')) {
        this.counts.rewritten += 1
        return {
          _type: 'internalLink',
          _key: def._key,
          reference: {
            _type: 'reference',
            _ref: articleId(target.slug, target.language),
            ...(target.draft ? { _weak: true } : {}),
          },
        }
      }
      return { ...def, href: this.rewriteHref(def.href, warnings) }
    })
  }

  private visit(value: unknown, warnings: string[]): void {
    if (Array.isArray(value)) {
      value.forEach((item) => this.visit(item, warnings))
      return
    }
    if (!isObject(value)) return
    if (value._type === 'block') this.rewriteBlock(value, warnings)
    if (value._type === 'image' && typeof value.link === 'string') value.link = this.rewriteHref(value.link, warnings)
    if (value._type === 'captionLink' && typeof value.href === 'string')
      value.href = this.rewriteHref(value.href, warnings)
    for (const [key, child] of Object.entries(value)) if (key !== 'markDefs') this.visit(child, warnings)
  }

  /** Rewrites, in place, every link in the given rich-text fields; returns the warnings. */
  rewrite(fields: unknown[]): string[] {
    const warnings: string[] = []
    for (const field of fields) this.visit(field, warnings)
    return warnings
  }
}

/**
 * Makes root-relative and query-only links absolute on the old site, before conversion: the
 * converter keeps only absolute links, and the rewriter then recognises them as the old site's.
 */
export function absolutizeOldLinks(html: string, base: string): string {
  if (!base) return html
  return html.replace(
    /(<a\b[^>]*?\bhref\s*=\s*)(["'])(\/(?!\/)[^"']*|\?[^"']*)\2/gi,
    (match, start: string, quote: string, href: string) => {
      try {
        return `${start}${quote}${new URL(href, `${base}/`).href}${quote}`
      } catch {
        return match
      }
    },
  )
}
