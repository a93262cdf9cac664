import { XMLParser } from 'fast-xml-parser'

// The rules of RFC 4287 that its RELAX NG schema cannot express (the appendix states them as
// Schematron), plus the SHOULDs a feed reader relies on.

type Node = Record<string, unknown>
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
})

const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : [])
const isAbsoluteIri = (value: unknown) =>
  typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value)

function linkRel(link: Node): string {
  return typeof link['@rel'] === 'string' ? link['@rel'] : 'alternate'
}

/** Violations of RFC 4287's rules beyond its schema; an empty list when the feed follows them. */
export function atomRuleViolations(xml: string): string[] {
  const feed = (parser.parse(xml) as { feed?: Node }).feed
  if (!feed) return ['the document element is not atom:feed']
  const problems: string[] = []
  const entries = list(feed.entry)
  const feedHasAuthor = list(feed.author).length > 0
  if (!isAbsoluteIri(feed.id)) problems.push(`feed: atom:id ${String(feed.id)} is not an absolute IRI`)
  if (!list(feed.link).some((link) => linkRel(link) === 'self')) problems.push('feed: no link rel="self"')
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`
    if (!feedHasAuthor && list(entry.author).length === 0)
      problems.push(`${where}: no atom:author and the feed has none`)
    if (!isAbsoluteIri(entry.id)) problems.push(`${where}: atom:id ${String(entry.id)} is not an absolute IRI`)
    const alternates = list(entry.link).filter((link) => linkRel(link) === 'alternate')
    const keys = alternates.map((link) => `${String(link['@type'] ?? '')}|${String(link['@hreflang'] ?? '')}`)
    if (new Set(keys).size !== keys.length)
      problems.push(`${where}: two alternate links with the same type and hreflang`)
    for (const link of list(entry.link)) {
      if (!isAbsoluteIri(link['@href'])) problems.push(`${where}: link href ${String(link['@href'])} is not absolute`)
    }
    const content = entry.content as Node | string | undefined
    if (content === undefined && alternates.length === 0)
      problems.push(`${where}: no atom:content and no alternate link`)
    if (content && typeof content === 'object' && content['@src'] && entry.summary === undefined) {
      problems.push(`${where}: out-of-line content without atom:summary`)
    }
  })
  return problems
}
