/** The portable-text shapes of `blockContent` (docs/content-model.md), as the importer emits them. */

export type BlockStyle = 'normal' | 'h3' | 'h4' | 'blockquote'
export type ListType = 'bullet' | 'number'

export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

export interface LinkDef {
  _type: 'link'
  _key: string
  href: string
}

export interface TextBlock {
  _type: 'block'
  _key: string
  style: BlockStyle
  listItem?: ListType
  level?: number
  markDefs: LinkDef[]
  children: Span[]
}

/** Where an image's bytes come from before it becomes an asset. */
export type ImageSource = { kind: 'file'; path: string } | { kind: 'url'; url: string }

/** An image as parsed: its asset is resolved later, when the output target is known. */
export interface ParsedImage {
  _type: 'image'
  _key: string
  alt: string
  caption?: string
  source?: ImageSource
}

export type ParsedContent = TextBlock | ParsedImage

export function paragraph(text: string): TextBlock {
  return { _type: 'block', _key: '', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: '', text, marks: [] }] }
}

export function blockText(block: TextBlock): string {
  return block.children.map((span) => span.text).join('')
}
