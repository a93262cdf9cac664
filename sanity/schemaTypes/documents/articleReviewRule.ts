import type { ValidationContext } from 'sanity'
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '../../../lib/content/reviewStatus'

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

/** A review date is a real, past date; a review older than its interval is flagged for a new one. */
export function checkReviewDate(reviewedAt: unknown): true | string {
  if (typeof reviewedAt !== 'string') return true
  const today = new Date().toISOString().slice(0, 10)
  return reviewedAt > today ? 'The review date cannot be in the future.' : true
}

// The interval as the desk lists and the page read it: the shortest of the topics', else the site's.
async function reviewInterval(context: ValidationContext): Promise<number> {
  const topics = (context.document?.topics ?? []) as { _ref?: string }[]
  const refs = topics.map((topic) => topic._ref).filter((ref): ref is string => Boolean(ref))
  const client = context.getClient({ apiVersion: '2025-09-01' })
  const months = await client.fetch<number | null>(
    'coalesce(math::min(*[_id in $refs].reviewIntervalMonths), *[_id == "siteSettings"][0].reviewIntervalMonths)',
    { refs },
  )
  return typeof months === 'number' && months > 0 ? months : DEFAULT_REVIEW_INTERVAL_MONTHS
}

export async function checkReviewAge(reviewedAt: unknown, context: ValidationContext): Promise<true | string> {
  const date = typeof reviewedAt === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(reviewedAt) : null
  if (!date) return true
  const months = await reviewInterval(context)
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])]
  // Calendar months, clamped to the month's last day (January 31 + 1 month = February 28 or 29).
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate()
  const due = new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10)
  return due < new Date().toISOString().slice(0, 10)
    ? `Reviewed more than ${months} months ago (the article's review interval): ask a clinician to review it again and update the date.`
    : true
}
