import { TagIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { nameAndSlugFields } from '../fields/slugField'
import { checkTopicIntervalNotLonger } from './reviewInterval'
import { checkTopicParent } from './topicParent'
import { languageField } from '../fields/languageField'

// A subject articles, takeaways and FAQs are grouped under.
export const topic = defineType({
  name: 'topic',
  title: 'Topic',
  type: 'document',
  icon: TagIcon,
  fields: [
    languageField,
    ...nameAndSlugFields({ name: 'title', title: 'Title', description: 'The topic page is /topics/<slug>.' }),
    defineField({
      name: 'parent',
      title: 'Parent topic',
      description:
        'Optional: the broader topic this one belongs under (for example "Depression" under "Mental health"). The topic page links to it.',
      type: 'reference',
      to: [{ type: 'topic' }],
      options: {
        // The topic itself is never offered as its own parent.
        filter: ({ document }) => {
          const id = document._id.replace(/^drafts\./, '')
          return { filter: '!(_id in [$id, $draft])', params: { id, draft: `drafts.${id}` } }
        },
      },
      validation: (rule) => rule.custom(checkTopicParent),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'Shown at the top of the topic page.',
      type: 'text',
      rows: 3,
    }),
    defineField({
      name: 'showCrisisResources',
      title: 'Mental-health topic',
      description: 'Articles on this topic show crisis resources and need a medical reviewer before publishing.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'reviewIntervalMonths',
      title: 'Review interval (months)',
      description:
        "Optional: how often articles on this topic are medically reviewed again, when more often than the site's interval (Site settings). An article takes the shortest of its topics'.",
      type: 'number',
      validation: (rule) => [rule.integer().min(1).max(36), rule.custom(checkTopicIntervalNotLonger).warning()],
    }),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current', parent: 'parent.title' },
    prepare: ({ title, slug, parent }) => ({ title, subtitle: parent ? `${parent} › ${slug ?? ''}` : slug }),
  },
})
