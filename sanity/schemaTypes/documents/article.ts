import { DocumentTextIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { altTextField, captionField } from '../fields/imageFields'
import { slugField } from '../fields/slugField'
import { topicsField } from '../fields/topicsField'
import { checkUniqueAnchors } from '../validation'
import { checkOpenClaims, claimsInBlocksField, claimsInTextField } from './articleClaims'
import { checkReviewAge, checkReviewDate, recommendedElsewhere, requiredOnMentalHealth } from './articleReviewRule'
import { languageField } from '../fields/languageField'

// A blog article: the unit patients read and search engines index.
export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'faqs', title: 'FAQs & takeaways' },
    { name: 'review', title: 'Medical review' },
    { name: 'seo', title: 'SEO' },
    { name: 'legacy', title: 'Legacy URLs' },
  ],
  fields: [
    { ...languageField, group: 'content' },
    defineField({
      name: 'title',
      title: 'Title',
      description: 'The headline, shown as the H1.',
      type: 'string',
      group: 'content',
      validation: (rule) => [rule.required().max(120), rule.custom(claimsInTextField('title')).warning()],
    }),
    slugField({
      source: 'title',
      description:
        'The last part of the address: /blog/<slug>. Changing it after publishing breaks links unless the old path is added under Legacy URLs.',
      group: 'content',
      maxLength: 96,
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      description: 'One or two sentences under the title and in article lists.',
      type: 'text',
      rows: 3,
      group: 'content',
      validation: (rule) => [rule.required().max(300), rule.custom(claimsInTextField('excerpt')).warning()],
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      group: 'content',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Last updated',
      description: 'Set when the content changes in substance; shown to readers.',
      type: 'datetime',
      group: 'content',
      validation: (rule) =>
        rule.custom((updatedAt, context) => {
          const publishedAt = (context.document as { publishedAt?: string } | undefined)?.publishedAt
          if (updatedAt && publishedAt && updatedAt < publishedAt)
            return 'The update cannot be earlier than the publication.'
          return true
        }),
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{ type: 'person' }],
      group: 'content',
      initialValue: { _ref: 'person-editorial-team' },
      validation: (rule) => rule.required(),
    }),
    topicsField({
      description: 'At least one. A mental-health topic shows crisis resources on the article.',
      group: 'content',
      required: true,
    }),
    defineField({
      name: 'mainImage',
      title: 'Main image',
      type: 'image',
      options: { hotspot: true },
      fields: [altTextField, captionField],
      group: 'content',
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      description: 'The opening paragraphs, before the first section.',
      type: 'blockContent',
      group: 'content',
      validation: (rule) => [rule.required(), rule.custom(claimsInBlocksField('intro')).warning()],
    }),
    defineField({
      name: 'sections',
      title: 'Sections',
      description:
        'Each section is one H2 of the article, with its own key takeaway. A short article may have none: its introduction is then the whole text.',
      type: 'array',
      of: [defineArrayMember({ type: 'section' })],
      group: 'content',
      validation: (rule) => rule.custom(checkUniqueAnchors),
    }),
    defineField({
      name: 'conclusion',
      title: 'Conclusion',
      type: 'blockContent',
      group: 'content',
      validation: (rule) => rule.custom(claimsInBlocksField('conclusion')).warning(),
    }),
    defineField({
      name: 'sources',
      title: 'Sources',
      description: 'Studies and guidelines the article relies on, listed at the end.',
      type: 'array',
      of: [defineArrayMember({ type: 'source' })],
      group: 'content',
    }),
    defineField({
      name: 'faqs',
      title: 'FAQs',
      description: 'Questions answered at the end of the article. FAQs can be shared between articles.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'faq' }] })],
      group: 'faqs',
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'faqTitle',
      title: 'FAQ heading',
      description:
        'The heading above the FAQs, e.g. "FAQs about ketamine for postpartum depression". Defaults to "Frequently asked questions".',
      type: 'string',
      group: 'faqs',
    }),
    defineField({
      name: 'related',
      title: 'Related articles',
      description: 'Optional picks shown first under "Related articles"; the rest come from shared topics.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'article' }] })],
      group: 'faqs',
      validation: (rule) =>
        rule
          .unique()
          .max(3)
          .custom((related, context) => {
            const id = context.document?._id.replace(/^drafts\./, '')
            const refs = (related ?? []) as { _ref?: string }[]
            return refs.some((ref) => ref._ref === id) ? 'An article cannot be related to itself.' : true
          }),
    }),
    defineField({
      name: 'medicalReviewer',
      title: 'Medically reviewed by',
      description: 'The clinician who checked the article. Required before publishing on mental-health topics.',
      type: 'reference',
      to: [{ type: 'person' }],
      group: 'review',
      validation: (rule) => [
        rule.custom(requiredOnMentalHealth('medicalReviewer')),
        rule.custom(recommendedElsewhere('medicalReviewer')).warning(),
      ],
    }),
    defineField({
      name: 'reviewedAt',
      title: 'Reviewed on',
      type: 'date',
      group: 'review',
      validation: (rule) => [
        rule.custom(requiredOnMentalHealth('reviewedAt')),
        rule.custom(recommendedElsewhere('reviewedAt')).warning(),
        rule.custom(checkReviewDate),
        rule.custom(checkReviewAge).warning(),
      ],
    }),
    defineField({
      name: 'reviewNeedsConfirmation',
      title: 'Review needs re-confirmation',
      description:
        'Set when the text changed after the review was published: the reviewer confirms the current text with "Confirm review", which also dates the review today.',
      type: 'boolean',
      group: 'review',
      readOnly: true,
    }),
    defineField({
      name: 'claimAcknowledgements',
      title: 'Claim acknowledgements',
      description:
        'Each risky claim the check flags (the warnings on the fields) needs one: the rule, the quoted words, and the medical reviewer who read it and lets it stand. The article cannot be published until every flagged claim has one.',
      type: 'array',
      of: [defineArrayMember({ type: 'claimAcknowledgement' })],
      group: 'review',
    }),
    defineField({ name: 'seo', title: 'Search & social', type: 'seo', group: 'seo' }),
    defineField({
      name: 'legacyUrls',
      title: 'Old URLs',
      description:
        'Former paths of this article (for example /2023/05/old-post/). Each answers a permanent redirect here.',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) =>
            rule.custom((path) =>
              !path || /^\/[^\s?#]*$/.test(path) ? true : 'A path starting with "/", without spaces, query or #.',
            ),
        }),
      ],
      group: 'legacy',
      validation: (rule) => rule.unique(),
    }),
  ],
  // An error, not a warning: it blocks the publish button, and `sanity documents validate` agrees.
  validation: (rule) => rule.custom(checkOpenClaims),
  orderings: [{ title: 'Newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', reviewer: 'medicalReviewer.name', media: 'mainImage' },
    prepare({ title, publishedAt, reviewer, media }) {
      const date = typeof publishedAt === 'string' ? publishedAt.slice(0, 10) : 'not dated'
      return { title, subtitle: `${date} · ${reviewer ? `reviewed by ${reviewer}` : 'no medical review'}`, media }
    },
  },
})
