import { z } from 'zod'

// The text of portable-text blocks as the claims check reads it: the spans of each text block
// joined (the same plain text the page shows), with the character ranges that carry a source.
// Blocks come from the Studio, the dataset or the importer, so they are parsed, not trusted.

/** Annotations that count as a source for the "evidence words" rules. */
export const SOURCE_MARK_TYPES: ReadonlySet<string> = new Set(['link', 'citation'])

const spanSchema = z.object({
  _type: z.string().optional(),
  text: z.string().optional(),
  marks: z.array(z.string()).nullish(),
})

const textBlockSchema = z.object({
  _type: z.literal('block'),
  _key: z.string().optional(),
  children: z.array(z.unknown()),
  markDefs: z.array(z.object({ _key: z.string(), _type: z.string() }).loose()).nullish(),
})

export type ClaimTextBlock = {
  index: number
  key?: string
  text: string
  /** [start, end) ranges of text under a link or citation mark. */
  sourced: [number, number][]
}

export function claimTextBlocks(blocks: unknown[] | null | undefined): ClaimTextBlock[] {
  const found: ClaimTextBlock[] = []
  for (const [index, value] of (blocks ?? []).entries()) {
    const block = textBlockSchema.safeParse(value)
    if (!block.success) continue
    const sourceKeys = new Set(
      (block.data.markDefs ?? []).filter((def) => SOURCE_MARK_TYPES.has(def._type)).map((def) => def._key),
    )
    let text = ''
    const sourced: [number, number][] = []
    for (const child of block.data.children) {
      const span = spanSchema.safeParse(child)
      if (!span.success || typeof span.data.text !== 'string') continue
      const start = text.length
      text += span.data.text
      if ((span.data.marks ?? []).some((mark) => sourceKeys.has(mark))) sourced.push([start, text.length])
    }
    found.push({ index, key: block.data._key, text, sourced })
  }
  return found
}
