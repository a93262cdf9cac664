import { defineArrayMember, defineField } from 'sanity'
import { linkHrefField } from '../fields/linkHrefField'

// The links an editor can put on words of rich text: out of the site, or to another article (a
// reference, so the link follows the article when its slug changes). Every rich-text field
// shares them through blockContent.
export const linkAnnotations = [
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
]
