import type { CaptionLink, MarkDef, ParsedContent, ParsedImage, Span, TextBlock } from './portableText'

/**
 * Replaces whatever `_key`s a converter produced (block-tools makes random ones) with keys
 * derived from the position, so the same input always yields the same bytes.
 */
export function keyContent(content: ParsedContent[]): ParsedContent[] {
  return content.map((item, index): ParsedContent => {
    switch (item._type) {
      case 'block':
        return keyBlock(item, index)
      case 'image':
        return keyImage(item, `image${index}`)
      case 'gallery':
        return {
          ...item,
          _key: `gallery${index}`,
          images: item.images.map((image, imageIndex) => keyImage(image, `image${imageIndex}`)),
        }
      case 'dataTable':
        return {
          ...item,
          _key: `table${index}`,
          ...(item.table
            ? {
                table: {
                  ...item.table,
                  rows: (item.table.rows ?? []).map((row, rowIndex) => ({ ...row, _key: `row${rowIndex}` })),
                },
              }
            : {}),
        }
      case 'definitionList':
        return {
          ...item,
          _key: `list${index}`,
          items: (item.items ?? []).map((entry, entryIndex) => ({ ...entry, _key: `item${entryIndex}` })),
        }
      case 'code':
        return { ...item, _key: `code${index}` }
      case 'embed':
        return { ...item, _key: `embed${index}` }
    }
  })
}

function keyImage(image: ParsedImage, key: string): ParsedImage {
  const captionLinks = image.captionLinks?.map((link, linkIndex): CaptionLink => ({
    ...link,
    _key: `captionLink${linkIndex}`,
  }))
  return { ...image, _key: key, ...(captionLinks ? { captionLinks } : {}) }
}

function keyBlock(block: TextBlock, index: number): TextBlock {
  const renamed = new Map<string, string>()
  const markDefs: MarkDef[] = block.markDefs.map((def, defIndex) => {
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
