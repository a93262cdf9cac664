import type { FilterDefault } from '@sanity/client'

// Text fields a reader sees as prose. Only these carry the invisible edit markers (stega) that let
// the Presentation tool map a click on the page to the field in the Studio: anything else (ids,
// anchors, phone numbers, styles, slugs) must stay byte-for-byte what the renderer expects.
const EDITABLE_TEXT_FIELDS = new Set([
  'title',
  'excerpt',
  'heading',
  'text',
  'question',
  'caption',
  'faqTitle',
  'name',
  'role',
  'credentials',
  'bio',
  'description',
])

export const stegaFilter: FilterDefault = (props) => {
  const field = props.sourcePath.at(-1)
  return typeof field === 'string' && EDITABLE_TEXT_FIELDS.has(field) && props.filterDefault(props)
}
