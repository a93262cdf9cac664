import { defineArrayMember, defineType } from 'sanity'
import { bodyImage } from './bodyImage'
import { citationAnnotation } from './citationAnnotation'
import { linkAnnotations } from './linkAnnotations'

// Rich text used by article intros, section bodies, conclusions and FAQ answers: every rich-text
// field shares these styles, links (linkAnnotations.ts) and citations of the article's sources
// (citationAnnotation.ts). Besides text it holds images,
// galleries, tables, code, definition lists and embedded media (shown as link cards).
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Paragraph', value: 'normal' },
        { title: 'Sub-heading (H3)', value: 'h3' },
        { title: 'Minor heading (H4)', value: 'h4' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullets', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Bold', value: 'strong' },
          { title: 'Italic', value: 'em' },
        ],
        annotations: [...linkAnnotations, citationAnnotation],
      },
    }),
    bodyImage,
    defineArrayMember({ type: 'gallery' }),
    defineArrayMember({ type: 'dataTable' }),
    defineArrayMember({ type: 'code', title: 'Code', options: { withFilename: true } }),
    defineArrayMember({ type: 'definitionList' }),
    defineArrayMember({ type: 'embed' }),
  ],
})
