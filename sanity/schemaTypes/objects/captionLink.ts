// One link inside an image caption: which words of the caption, and where they lead.
import { defineField, defineType } from 'sanity'
import { ALLOWED_LINK_SCHEMES } from '../validation'

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
    defineField({
      name: 'href',
      title: 'Address',
      description: 'A web address (https://…), an email (mailto:…) or a phone number (tel:…).',
      type: 'url',
      validation: (rule) => rule.required().uri({ scheme: ALLOWED_LINK_SCHEMES, allowRelative: false }),
    }),
  ],
  preview: { select: { title: 'text', subtitle: 'href' } },
})
