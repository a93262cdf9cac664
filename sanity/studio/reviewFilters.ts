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

/**
 * "Missing Spanish translation": published English articles (language "en", or none: written before
 * the Spanish edition) that no translation.metadata document links to a Spanish translation. A
 * link counts only when the metadata lists this article and holds an `es` entry that points at
 * another document which exists, published or as a draft (a translation being written is not
 * missing; an entry left behind by a deleted translation, or one pointing back at the article, is).
 *
 * Run it with the raw perspective: "published" is a document at its published id, which only the
 * raw view tells apart from a draft (the desk's default view overlays drafts on published ids).
 */
export const MISSING_SPANISH_TRANSLATION_FILTER = `_type == "article"
  && !(_id in path("drafts.**")) && !(_id in path("versions.**"))
  && (!defined(language) || language == "en")
  && count(*[_type == "translation.metadata" && ^._id in translations[].value._ref
    && count(translations[language == "es" && value._ref != ^.^._id
      && count(*[_id in [^.value._ref, "drafts." + ^.value._ref]]) > 0]) > 0]) == 0`
