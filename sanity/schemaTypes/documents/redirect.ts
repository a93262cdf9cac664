import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { checkRedirectSource, PATH } from './redirectSource'

// A moved URL that is not an article's own old path (those live in the article's Legacy URLs).
export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'from',
      title: 'Old path',
      description: 'For example /2021/06/old-post/, or an old WordPress address such as /?p=123 or /?cat=7.',
      type: 'string',
      validation: (rule) => rule.required().custom(checkRedirectSource),
    }),
    defineField({
      name: 'to',
      title: 'New path',
      description: 'For example /blog/new-post.',
      type: 'string',
      validation: (rule) => rule.required().regex(PATH, { name: 'path starting with /' }),
    }),
    defineField({ name: 'permanent', title: 'Permanent (308)', type: 'boolean', initialValue: true }),
  ],
  preview: { select: { title: 'from', subtitle: 'to' } },
})
