// One link inside an image caption: which words of the caption, and where they lead.
import { defineField, defineType } from 'sanity'
import { linkHrefField } from '../fields/linkHrefField'

export const captionLink = defineType({
  name: 'captionLink',
  title: 'Caption link',
  type: 'object',
  fields: [
    defineField({
      name: 'text',
      title: 'Linked words',
      description: 'Exactly as they appear in the caption.',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    linkHrefField,
  ],
  preview: { select: { title: 'text', subtitle: 'href' } },
})
