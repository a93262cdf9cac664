/**
 * The rich-text (`blockContent`) shapes the importer emits, derived from the schema's generated
 * types (sanity.types.ts, `npm run typegen`) so the importer cannot drift from the schema.
 * Generated fields are all optional (the Studio allows half-filled documents); the importer
 * always fills some of them, so those are made required here.
 */
import type { BlockContent } from '../../sanity.types'

type Member = BlockContent[number]
type MemberOf<T extends Member['_type']> = Extract<Member, { _type: T }>
type Filled<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> }

type GeneratedTextBlock = MemberOf<'block'>
export type BlockStyle = NonNullable<GeneratedTextBlock['style']>
export type ListType = NonNullable<GeneratedTextBlock['listItem']>
export type Span = Filled<NonNullable<GeneratedTextBlock['children']>[number], 'text' | 'marks'>
export type MarkDef = NonNullable<GeneratedTextBlock['markDefs']>[number]
export type LinkDef = Filled<Extract<MarkDef, { _type: 'link' }>, 'href'>
export type TextBlock = Omit<Filled<GeneratedTextBlock, 'style' | 'markDefs' | 'children'>, 'children' | 'markDefs'> & {
  markDefs: MarkDef[]
  children: Span[]
}

/** Where an image's bytes come from before it becomes an asset. */
export type ImageSource = { kind: 'file'; path: string } | { kind: 'url'; url: string }

type GeneratedImage = MemberOf<'image'>
export type CaptionLink = Filled<NonNullable<GeneratedImage['captionLinks']>[number], 'text' | 'href'>

/** An image as parsed: its asset is resolved later, when the output target is known. */
export type ParsedImage = Omit<GeneratedImage, 'asset' | 'media' | 'hotspot' | 'crop' | 'alt' | 'captionLinks'> & {
  alt: string
  captionLinks?: CaptionLink[]
  source?: ImageSource
}

export type GalleryBlock = MemberOf<'gallery'>
/** A gallery as parsed: its images' assets are resolved later, like a single image's. */
export type ParsedGallery = Omit<GalleryBlock, 'images'> & { images: ParsedImage[] }
export type DataTableBlock = MemberOf<'dataTable'>
export type TableRow = NonNullable<NonNullable<DataTableBlock['table']>['rows']>[number]
export type CodeBlock = MemberOf<'code'>
export type DefinitionListBlock = MemberOf<'definitionList'>
export type DefinitionItem = NonNullable<DefinitionListBlock['items']>[number]
export type EmbedBlock = MemberOf<'embed'>
export type EmbedKind = NonNullable<EmbedBlock['kind']>

/** Rich-text members that are not text: they pass through structure detection as they are. */
export type ParsedObject = ParsedGallery | DataTableBlock | CodeBlock | DefinitionListBlock | EmbedBlock

export type ParsedContent = TextBlock | ParsedImage | ParsedObject

export function paragraph(text: string): TextBlock {
  return {
    _type: 'block',
    _key: '',
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: '', text, marks: [] }],
  }
}

export function blockText(block: TextBlock): string {
  return block.children.map((span) => span.text).join('')
}
