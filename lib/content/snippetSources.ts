import { PAGE_ANCHORS } from './articleOutline'
import type { SearchHit } from '../sanity/queries/search'
import type { SnippetSource } from './searchSnippet'

/** The searchable parts of a hit in reading order, each with where it sits on the article page. */
export function snippetSources(hit: SearchHit): SnippetSource[] {
  const sources: SnippetSource[] = []
  const add = (text: string | null | undefined, label: string | null, anchor: string | null) => {
    if (text) sources.push({ text, label, anchor })
  }
  add(hit.excerpt, null, null)
  add(hit.intro, null, null)
  for (const section of hit.sections) {
    const anchor = section.anchor ?? null
    add(section.heading, section.heading ?? null, anchor)
    add(section.body, section.heading ?? null, anchor)
    add(section.takeaway, section.heading ? `Key takeaway: ${section.heading}` : 'Key takeaway', anchor)
  }
  for (const faq of hit.faqs)
    add([faq.question, faq.answer].filter(Boolean).join(' '), 'Frequently asked questions', PAGE_ANCHORS.faqs)
  add(hit.conclusion, 'Conclusion', PAGE_ANCHORS.conclusion)
  return sources
}
