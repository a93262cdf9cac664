import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '../../lib/content/reviewStatus'

// The desk lists' GROQ for expiring medical reviews, in one place so tests run the very filters
// the Studio uses (with groq-js, against fixtures).
//
// An article's interval is the shortest its topics set, else the site's, else the default. GROQ
// adds seconds to a dateTime, not calendar months, so a month counts as an average one (30.4375
// days): the lists can differ from the page's calendar-month due date (lib/content/reviewStatus.ts)
// by a day or two around the due date, never by more.

const MONTH_SECONDS = 2_629_800
const DAY_SECONDS = 86_400

/** The article's review interval in months. */
export const REVIEW_INTERVAL_MONTHS = `coalesce(
  math::min(topics[]->reviewIntervalMonths),
  *[_id == "siteSettings"][0].reviewIntervalMonths,
  ${DEFAULT_REVIEW_INTERVAL_MONTHS}
)`

/** When the article's review runs out. */
export const REVIEW_DUE = `(dateTime(reviewedAt + "T00:00:00Z") + ${MONTH_SECONDS} * ${REVIEW_INTERVAL_MONTHS})`

/** Reviewed articles whose review ran out: readers see "This article is being reviewed". */
export const REVIEW_OVERDUE_FILTER = `_type == "article" && defined(reviewedAt) && ${REVIEW_DUE} < dateTime(now())`

/** Reviewed articles whose review runs out within the next 30 days (not yet overdue). */
export const REVIEW_DUE_SOON_FILTER = `_type == "article" && defined(reviewedAt)
  && ${REVIEW_DUE} >= dateTime(now())
  && ${REVIEW_DUE} < dateTime(now()) + ${30 * DAY_SECONDS}`

/** Articles the reviewer has to look at again: never reviewed, review overdue, or text changed since. */
export const NEEDS_MEDICAL_REVIEW_FILTER = `_type == "article" && (
  !defined(medicalReviewer) || !defined(reviewedAt) || reviewNeedsConfirmation == true || ${REVIEW_DUE} < dateTime(now())
)`
