import { defineField, defineType } from 'sanity'

// A citation listed under "Sources" at the end of an article.
export const source = defineType({
  name: 'source',
  title: 'Source',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      description: 'The title of the study, guideline or page cited.',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'url',
      title: 'Link',
      description: 'Where readers can find it.',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }),
    }),
    defineField({
      name: 'publisher',
      title: 'Publisher',
      description: 'Journal, organisation or site (optional).',
      type: 'string',
    }),
  ],
  // The key is what a citation in the text names (citationAnnotation.ts): shown so editors can copy it.
  preview: {
    select: { title: 'title', publisher: 'publisher', key: '_key' },
    prepare: ({ title, publisher, key }) => ({
      title,
      subtitle: [publisher, key ? `key: ${key}` : null].filter(Boolean).join(' · '),
    }),
  },
})
