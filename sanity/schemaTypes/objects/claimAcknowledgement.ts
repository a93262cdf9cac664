import { CheckmarkCircleIcon } from '@sanity/icons'
import { defineField, defineType, type ValidationContext } from 'sanity'
import { claimRules } from '../../../lib/claims'

type Ref = { _ref?: string }

// Only the article's own medical reviewer can clear a claim: a name typed by someone else would
// let anyone wave claims through.
function checkReviewerIsArticleReviewer(reviewer: unknown, context: ValidationContext): true | string {
  const articleReviewer = (context.document as { medicalReviewer?: Ref } | undefined)?.medicalReviewer?._ref
  const ref = (reviewer as Ref | undefined)?._ref
  if (!ref) return true
  if (!articleReviewer) return 'Set the article\'s "Medically reviewed by" first: only that clinician can acknowledge.'
  return ref === articleReviewer
    ? true
    : 'Only the article\'s medical reviewer ("Medically reviewed by") can acknowledge a claim.'
}

function checkNotFuture(date: unknown): true | string {
  if (typeof date !== 'string') return true
  return date > new Date().toISOString().slice(0, 10) ? 'The acknowledgement date cannot be in the future.' : true
}

/**
 * A medical reviewer's record that a flagged claim was read and may stay as written (issue 17):
 * the rule and the quoted words it covers, who, when and why.
 */
export const claimAcknowledgement = defineType({
  name: 'claimAcknowledgement',
  title: 'Claim acknowledgement',
  type: 'object',
  icon: CheckmarkCircleIcon,
  fields: [
    defineField({
      name: 'ruleId',
      title: 'Rule',
      description: 'The rule the warning names.',
      type: 'string',
      options: { list: claimRules.map((rule) => ({ title: rule.title, value: rule.id })) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'quote',
      title: 'Quoted words',
      description: 'The words in quotes in the warning, as written (case and spacing do not matter).',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'reviewer',
      title: 'Reviewer',
      description: "The article's medical reviewer.",
      type: 'reference',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required().custom(checkReviewerIsArticleReviewer),
    }),
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      initialValue: () => new Date().toISOString().slice(0, 10),
      validation: (rule) => rule.required().custom(checkNotFuture),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      description: 'Optional: why the claim may stay (for example the source that supports it).',
      type: 'text',
      rows: 2,
    }),
  ],
  preview: {
    select: { quote: 'quote', ruleId: 'ruleId', date: 'date', reviewer: 'reviewer.name' },
    prepare: ({ quote, ruleId, date, reviewer }) => ({
      title: quote ? `"${quote}"` : 'No words quoted',
      subtitle: [claimRules.find((rule) => rule.id === ruleId)?.title ?? ruleId, reviewer, date]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
