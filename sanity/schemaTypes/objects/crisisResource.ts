import { defineField, defineType } from 'sanity'

// A place to get help right now, shown on mental-health topics.
export const crisisResource = defineType({
  name: 'crisisResource',
  title: 'Crisis resource',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      description: 'For example "988 Suicide & Crisis Lifeline".',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'description', title: 'What it offers', description: 'One short sentence.', type: 'string' }),
    defineField({
      name: 'phone',
      title: 'Phone number',
      description: 'Digits to call (becomes a tel: link).',
      type: 'string',
      validation: (rule) => rule.regex(/^\+?[0-9 ()-]{3,20}$/, { name: 'phone number' }),
    }),
    defineField({
      name: 'sms',
      title: 'Text number',
      description: 'Digits to text (becomes an sms: link).',
      type: 'string',
      validation: (rule) => rule.regex(/^\+?[0-9 ()-]{3,20}$/, { name: 'text number' }),
    }),
    defineField({
      name: 'url',
      title: 'Website',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'phone' } },
})
