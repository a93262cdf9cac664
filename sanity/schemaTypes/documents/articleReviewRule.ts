import type { ValidationContext } from 'sanity'

type ReviewField = 'medicalReviewer' | 'reviewedAt'

const LABELS: Record<ReviewField, string> = {
  medicalReviewer: 'a medical reviewer',
  reviewedAt: 'the review date',
}

async function isOnMentalHealthTopic(context: ValidationContext): Promise<boolean> {
  const topics = (context.document?.topics ?? []) as { _ref?: string }[]
  const refs = topics.map((topic) => topic._ref).filter((ref): ref is string => Boolean(ref))
  if (refs.length === 0) return false
  const client = context.getClient({ apiVersion: '2025-09-01' })
  return client.fetch<boolean>('count(*[_id in $refs && showCrisisResources == true]) > 0', { refs })
}

// Mental-health articles reach readers in crisis: they must not go out unreviewed, so this is
// an error that blocks publishing...
export function requiredOnMentalHealth(field: ReviewField) {
  return async (value: unknown, context: ValidationContext) =>
    !value && (await isOnMentalHealthTopic(context))
      ? `Add ${LABELS[field]}: required before publishing on a mental-health topic.`
      : true
}

// ...while other topics get a warning, so editors still see the gap.
export function recommendedElsewhere(field: ReviewField) {
  return async (value: unknown, context: ValidationContext) =>
    !value && !(await isOnMentalHealthTopic(context)) ? `Add ${LABELS[field]}: recommended for health content.` : true
}

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/** A review date is a real, past date; a review older than a year is flagged for a new one. */
export function checkReviewDate(reviewedAt: unknown): true | string {
  if (typeof reviewedAt !== 'string') return true
  const today = new Date().toISOString().slice(0, 10)
  return reviewedAt > today ? 'The review date cannot be in the future.' : true
}

export function checkReviewAge(reviewedAt: unknown): true | string {
  if (typeof reviewedAt !== 'string') return true
  return Date.now() - Date.parse(`${reviewedAt}T00:00:00Z`) > YEAR_MS
    ? 'Reviewed more than 12 months ago: ask a clinician to review it again and update the date.'
    : true
}
