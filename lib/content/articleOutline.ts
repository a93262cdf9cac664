import { awayFromCitationAnchors } from './citations'
import { slugify } from './slugify'
import { plainText } from './portableTextPlainText'
import type { Article } from '../sanity/queries/article'

// Ids the article page uses for its own parts; content anchors must never take them.
export const PAGE_ANCHORS = {
  top: 'top',
  main: 'main-content',
  takeaways: 'key-takeaways',
  toc: 'table-of-contents',
  faqs: 'faqs',
  conclusion: 'conclusion',
  sources: 'sources',
  related: 'related-articles',
} as const

export type OutlineEntry = { id: string; text: string; level: 2 | 3 | 4; children: OutlineEntry[] }

export type ArticleOutline = {
  /** TOC entries: sections with their sub-headings, then FAQs and conclusion when present. */
  entries: OutlineEntry[]
  /** Anchor of each section, by the section's _key. */
  sectionIds: Map<string, string>
  /** Anchor of each H3/H4 block, by section _key then block _key (block keys are only unique within their section). */
  headingIds: Map<string, Map<string, string>>
}

const HEADING_LEVEL: Record<string, 3 | 4 | undefined> = { h3: 3, h4: 4 }

/**
 * Derives every heading's id once, unique within the page. An id depends only on its own
 * heading text (plus a counter on collision), so editing other text never moves a link.
 */
export function buildOutline(article: Article): ArticleOutline {
  const used = new Set<string>(Object.values(PAGE_ANCHORS))
  const claim = (wanted: string, fallback: string) => {
    const base = awayFromCitationAnchors(slugify(wanted) || fallback)
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }

  // Section anchors are stored and editor-owned: they are claimed first, so a sub-heading added
  // anywhere can never push a section's anchor to "-2".
  const sectionIds = new Map<string, string>()
  article.sections.forEach((section, index) =>
    sectionIds.set(section._key, claim(section.anchor, `section-${index + 1}`)),
  )
  const headingIds = new Map<string, Map<string, string>>()
  const entries: OutlineEntry[] = article.sections.map((section, index) => {
    const id = sectionIds.get(section._key) ?? `section-${index + 1}`
    const sectionHeadingIds = new Map<string, string>()
    headingIds.set(section._key, sectionHeadingIds)
    const children: OutlineEntry[] = []
    for (const block of section.body) {
      const level = typeof block.style === 'string' ? HEADING_LEVEL[block.style] : undefined
      if (block._type !== 'block' || !level || !block._key) continue
      const text = plainText([block]).trim()
      if (!text) continue
      const headingId = claim(text, `${id}-heading`)
      sectionHeadingIds.set(block._key, headingId)
      if (level === 3) children.push({ id: headingId, text, level, children: [] })
    }
    return { id, text: section.heading, level: 2, children }
  })

  if (article.faqs.length > 0)
    entries.push({
      id: PAGE_ANCHORS.faqs,
      text: article.faqTitle || 'Frequently asked questions',
      level: 2,
      children: [],
    })
  if (article.conclusion.length > 0)
    entries.push({ id: PAGE_ANCHORS.conclusion, text: 'Conclusion', level: 2, children: [] })
  return { entries, sectionIds, headingIds }
}
