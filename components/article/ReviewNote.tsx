import type { ReviewStatus } from '@/lib/content/reviewStatus'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import styles from './Article.module.css'

/**
 * Said plainly when a review no longer covers the page (its interval ran out, or the text changed
 * since): the article stays up, the reader is told it is being checked, without alarm.
 */
export function ReviewNote({ review, language }: { review: ReviewStatus; language: Language }) {
  if (review.kind !== 'inReview') return null
  return (
    <p role="note" className={styles.reviewNote}>
      {messages(language).article.inReview}
    </p>
  )
}
