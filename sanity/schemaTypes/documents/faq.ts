import { HelpCircleIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { topicsField } from '../fields/topicsField'
import { claimsInBlocksField } from './articleClaims'
import { languageField } from '../fields/languageField'

type Block = { children?: { text?: string }[] }

// A question and answer, reusable across articles and gathered on the FAQ page.
export const faq = defineType({
  name: 'faq',
  title: 'FAQ',
  type: 'document',
  icon: HelpCircleIcon,
  fields: [
    languageField,
    defineField({
      name: 'question',
      title: 'Question',
      description: 'As a patient would ask it, ending with "?".',
      type: 'string',
      validation: (rule) =>
        rule
          .required()
          .custom((question) => (!question || question.trim().endsWith('?') ? true : 'A question ends with "?".')),
    }),
    defineField({
      name: 'answer',
      title: 'Answer',
      type: 'blockContent',
      validation: (rule) => [
        rule.custom((answer) => {
          const text = ((answer ?? []) as Block[])
            .flatMap((block) => block.children ?? [])
            .map((child) => child.text ?? '')
            .join('')
          return text.trim() ? true : 'Write an answer.'
        }),
        rule.custom(claimsInBlocksField('answer')).warning(),
      ],
    }),
    topicsField({ description: 'Where this FAQ is listed on the FAQ page and topic pages.' }),
  ],
  preview: { select: { title: 'question' } },
})
