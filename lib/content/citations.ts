import { z } from 'zod'
import type { Article } from '../sanity/queries/article'
import type { PortableTextValue } from '../sanity/schemas/common'
import type { RichTextBlock } from '../sanity/schemas/richTextBlocks'

// Inline citations: a `citation` mark in the text names an entry of the article's sources by its
// _key. The page numbers it by the source's position in the list, links it to the source, and the
// source links back to every place that cites it, all as plain anchors (no script).

/** The id of the n-th source (from 1) in the Sources list. */
export const sourceAnchor = (number: number) => `source-${number}`

/** The id of the `occurrence`-th place (from 1, in reading order) that cites source `number`. */
export const citationAnchor = (number: number, occurrence: number) => `cite-${number}-${occurrence}`

/**
 * A heading anchor moved clear of the ids citations use: "source-2" (or "cite-1", which a
 * numbered duplicate would turn into "cite-1-2") gets a suffix, so headings never take one.
 */
export const awayFromCitationAnchors = (id: string) =>
  /^(source-\d+|cite-\d+(-\d+)?)$/.test(id) ? `${id}-heading` : id

/** What a resolved citation mark carries to its renderer. */
export const resolvedCitationSchema = z.object({ number: z.number().int().positive(), anchorId: z.string() })
export type ResolvedCitation = z.infer<typeof resolvedCitationSchema>

export type CitedSource = Article['sources'][number] & {
  number: number
  id: string
  /** The ids of the places citing it, in reading order. */
  citedBy: string[]
}

/** A citation naming no entry of the sources list: where it is, and the key it names. */
export type DanglingCitation = { path: string; sourceKey: string }

export type NumberedCitations = {
  /** The article with each resolvable citation mark carrying its number and anchor id. */
  article: Article
  sources: CitedSource[]
  dangling: DanglingCitation[]
}

const citationDefSchema = z.looseObject({ _type: z.literal('citation'), _key: z.string(), sourceKey: z.string() })
const spanMarksSchema = z.looseObject({ marks: z.array(z.string()).nullish() })

/**
 * Numbers the article's citations: intro, then each section's body, then the conclusion, the order
 * a reader meets them. (FAQ answers are shared documents with no sources of their own.)
 */
export function numberCitations(article: Article): NumberedCitations {
  const numberOf = new Map(article.sources.map((source, index) => [source._key, index + 1]))
  const citedBy = new Map<number, string[]>()
  const dangling: DanglingCitation[] = []

  const resolveBlock = (block: RichTextBlock, path: string): RichTextBlock => {
    if (block._type !== 'block' || !Array.isArray(block.markDefs) || !Array.isArray(block.children)) return block
    const citations = new Map(
      block.markDefs.flatMap((def: unknown) => {
        const parsed = citationDefSchema.safeParse(def)
        return parsed.success ? [[parsed.data._key, parsed.data] as const] : []
      }),
    )
    if (citations.size === 0) return block
    // A mark counts where a span uses it, in the order of the spans: an unused definition cites nothing.
    const resolved = new Map<string, ResolvedCitation>()
    const seen = new Set<string>()
    for (const child of block.children as unknown[]) {
      for (const mark of spanMarksSchema.safeParse(child).data?.marks ?? []) {
        const def = citations.get(mark)
        if (!def || seen.has(mark)) continue
        seen.add(mark)
        const number = numberOf.get(def.sourceKey)
        if (number === undefined) {
          dangling.push({ path: `${path}.${mark}`, sourceKey: def.sourceKey })
          continue
        }
        const places = citedBy.get(number) ?? []
        const anchorId = citationAnchor(number, places.length + 1)
        citedBy.set(number, [...places, anchorId])
        resolved.set(mark, { number, anchorId })
      }
    }
    if (resolved.size === 0) return block
    const markDefs = block.markDefs.map((def: unknown) => {
      const parsed = citationDefSchema.safeParse(def)
      const citation = parsed.success ? resolved.get(parsed.data._key) : undefined
      return citation ? { ...parsed.data, ...citation } : def
    })
    return { ...block, markDefs }
  }

  const resolveText = (blocks: PortableTextValue, path: string): PortableTextValue =>
    blocks.map((block, index) => resolveBlock(block, `${path}[${block._key ?? index}]`))

  const resolvedArticle: Article = {
    ...article,
    intro: resolveText(article.intro, 'intro'),
    sections: article.sections.map((section) => ({
      ...section,
      body: resolveText(section.body, `sections[${section._key}].body`),
    })),
    conclusion: resolveText(article.conclusion, 'conclusion'),
  }
  const sources = article.sources.map((source, index) => ({
    ...source,
    number: index + 1,
    id: sourceAnchor(index + 1),
    citedBy: citedBy.get(index + 1) ?? [],
  }))
  return { article: resolvedArticle, sources, dangling }
}
