// Terms and their definitions (a glossary), kept apart so each term stays with its meaning.
import { BookIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

export const definitionItem = defineType({
  name: 'definitionItem',
  title: 'Term',
  type: 'object',
  fields: [
    defineField({ name: 'term', title: 'Term', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'definition',
      title: 'Definition',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required(),
    }),
  ],
  preview: { select: { title: 'term', subtitle: 'definition' } },
})

export const definitionList = defineType({
  name: 'definitionList',
  title: 'Definition list',
  type: 'object',
  icon: BookIcon,
  fields: [
    defineField({
      name: 'items',
      title: 'Terms',
      type: 'array',
      of: [defineArrayMember({ type: 'definitionItem' })],
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: {
    select: { first: 'items.0.term', items: 'items' },
    prepare: ({ first, items }) => ({
      title: first ? `Definitions: ${first}…` : 'Definition list',
      subtitle: `${Array.isArray(items) ? items.length : 0} terms`,
    }),
  },
})
