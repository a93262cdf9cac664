import { defineArrayMember, defineField, defineType } from 'sanity'
import { linkHrefField } from '../fields/linkHrefField'
import { bodyImage } from './bodyImage'

// Rich text used by article intros, section bodies, conclusions and FAQ answers.
// Links are defined once here; every rich-text field shares them. Besides text it holds images,
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
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Web, email or phone link',
            type: 'object',
            fields: [linkHrefField],
          }),
          defineArrayMember({
            name: 'internalLink',
            title: 'Link to another article',
            type: 'object',
            fields: [
              defineField({
                name: 'reference',
                title: 'Article',
                type: 'reference',
                to: [{ type: 'article' }],
                validation: (rule) => rule.required(),
              }),
            ],
          }),
        ],
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
