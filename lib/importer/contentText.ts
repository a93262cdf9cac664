import type { Block } from './documents'

/**
 * The words a reader sees in one rich-text member, piece by piece: the text of a block, the
 * cells of a table, the terms and definitions of a list, captions, an embed's title or address.
 * Alt text is left out: it describes a picture rather than being text of the post.
 */
export function contentText(block: Block): string[] {
  switch (block._type) {
    case 'block':
      return [(block.children ?? []).map((span) => span.text ?? '').join('')]
    case 'image':
      return block.caption ? [block.caption] : []
    case 'gallery':
      return (block.images ?? []).flatMap((image) => (image.caption ? [image.caption] : []))
    case 'dataTable':
      return [...(block.caption ? [block.caption] : []), ...(block.table?.rows ?? []).flatMap((row) => row.cells ?? [])]
    case 'code':
      return block.code ? [block.code] : []
    case 'definitionList':
      return (block.items ?? []).flatMap((item) => [item.term ?? '', item.definition ?? ''])
    case 'embed':
      return [block.title || block.url || '']
  }
}

export function blocksText(blocks: Block[] | undefined): string[] {
  return (blocks ?? []).flatMap(contentText)
}
