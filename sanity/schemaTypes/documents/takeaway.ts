import { BulbOutlineIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { topicsField } from '../fields/topicsField'
import { claimsInTextField } from './articleClaims'
import { languageField } from '../fields/languageField'

// One key takeaway: a document so it can be reused, listed on topic pages and gathered into summaries.
export const takeaway = defineType({
  name: 'takeaway',
  title: 'Key takeaway',
  type: 'document',
  icon: BulbOutlineIcon,
  fields: [
    languageField,
    defineField({
      name: 'text',
      title: 'Takeaway',
      description: 'Plain text, ideally at most 300 characters: the point a reader should remember.',
      type: 'text',
      rows: 4,
      // 300 is the target; imported legacy takeaways run longer (the example post's reach 386),
      // so past 300 is a warning and only a paragraph-sized takeaway is refused.
      validation: (rule) => [
        rule.required().max(500),
        rule.max(300).warning('Aim for 300 characters or fewer: takeaways are read at a glance.'),
        rule.custom(claimsInTextField('text')).warning(),
      ],
    }),
    topicsField(),
  ],
  preview: { select: { title: 'text' } },
})
