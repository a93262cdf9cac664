import { BulbOutlineIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

// One key takeaway: a document so it can be reused, listed on topic pages and gathered into summaries.
export const takeaway = defineType({
  name: 'takeaway',
  title: 'Key takeaway',
  type: 'document',
  icon: BulbOutlineIcon,
  fields: [
    defineField({
      name: 'text',
      title: 'Takeaway',
      description: 'Plain text, at most 300 characters: the point a reader should remember.',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().max(300),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
      validation: (rule) => rule.unique(),
    }),
  ],
  preview: { select: { title: 'text' } },
})
