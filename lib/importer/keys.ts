import type { LinkDef, ParsedContent, Span, TextBlock } from './portable-text'

/**
 * Replaces whatever `_key`s a converter produced (block-tools makes random ones) with keys
 * derived from the position, so the same input always yields the same bytes.
 */
export function keyContent(content: ParsedContent[]): ParsedContent[] {
  return content.map((item, index) => (item._type === 'image' ? { ...item, _key: `image${index}` } : keyBlock(item, index)))
}

function keyBlock(block: TextBlock, index: number): TextBlock {
  const renamed = new Map<string, string>()
  const markDefs: LinkDef[] = block.markDefs.map((def, defIndex) => {
    const key = `link${defIndex}`
    renamed.set(def._key, key)
    return { ...def, _key: key }
  })
  const children: Span[] = block.children.map((span, spanIndex) => ({
    ...span,
    _key: `span${spanIndex}`,
    marks: span.marks.map((mark) => renamed.get(mark) ?? mark),
  }))
  return { ...block, _key: `block${index}`, markDefs, children }
}

/** An array item key for references and objects, from its position. */
export function itemKey(prefix: string, index: number): string {
  return `${prefix}${index}`
}
