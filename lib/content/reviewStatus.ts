// When an article's medical review runs out. The Studio's desk lists ("Review due within 30 days",
// "Review overdue") and the article page must agree, so the rule lives here once: the review is
// due `months` calendar months after `reviewedAt`, and overdue from the day after.

/** The interval when neither the article's topics nor the site settings set one. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

const DATE = /^(\d{4})-(\d{2})-(\d{2})/

const validMonths = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0

/**
 * An article's review interval: the shortest its topics set (a topic may ask for more frequent
 * reviews), else the site's, else the default.
 */
export function reviewIntervalMonths(
  topicMonths: readonly (number | null | undefined)[] | null | undefined,
  siteMonths: number | null | undefined,
): number {
  const topics = (topicMonths ?? []).filter(validMonths)
  if (topics.length > 0) return Math.min(...topics)
  return validMonths(siteMonths) ? siteMonths : DEFAULT_REVIEW_INTERVAL_MONTHS
}

/**
 * The date (YYYY-MM-DD, UTC) a review made on `reviewedAt` is due again: `months` calendar months
 * later, on the last day of the month when that month is shorter (January 31 + 1 → February 28/29).
 * Null when `reviewedAt` is not a date.
 */
export function reviewDueDate(reviewedAt: string | null | undefined, months: number): string | null {
  const match = reviewedAt ? DATE.exec(reviewedAt) : null
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  if (Number.isNaN(Date.UTC(year, month, day)) || month > 11 || day < 1 || day > 31) return null
  const lastDay = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate()
  const due = new Date(Date.UTC(year, month + months, Math.min(day, lastDay)))
  return due.toISOString().slice(0, 10)
}

export type ReviewStatus =
  /** No clinician has reviewed it (no reviewer or no review date): the page claims no review. */
  | { kind: 'unreviewed' }
  /** Reviewed, and the review still holds until `due`. */
  | { kind: 'current'; reviewedAt: string; due: string }
  /**
   * Reviewed, but the review no longer covers what readers see: its interval ran out, or the body
   * changed since and the reviewer has not confirmed it yet.
   */
  | { kind: 'inReview'; reviewedAt: string; due: string; reason: 'overdue' | 'needsConfirmation' }

type Reviewable = {
  medicalReviewer?: unknown
  reviewedAt?: string | null
  reviewIntervalMonths: number
  reviewNeedsConfirmation?: boolean | null
}

/** Where the article's medical review stands on `now` (a UTC calendar day). */
export function reviewStatus(article: Reviewable, now: Date): ReviewStatus {
  const due = reviewDueDate(article.reviewedAt, article.reviewIntervalMonths)
  if (!article.medicalReviewer || !article.reviewedAt || !due) return { kind: 'unreviewed' }
  const reviewedAt = article.reviewedAt
  const today = now.toISOString().slice(0, 10)
  if (due < today) return { kind: 'inReview', reviewedAt, due, reason: 'overdue' }
  if (article.reviewNeedsConfirmation) return { kind: 'inReview', reviewedAt, due, reason: 'needsConfirmation' }
  return { kind: 'current', reviewedAt, due }
}
