import Link from 'next/link'
import { formatDate, isoDate } from '@/lib/content/formatDate'
import type { ReviewStatus } from '@/lib/content/reviewStatus'
import type { Language } from '@/lib/i18n/languages'
import { messages, readingTimeText } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import type { PersonRef } from '@/lib/sanity/schemas/common'
import styles from './Article.module.css'

type Props = {
  author: PersonRef
  reviewer: PersonRef | null | undefined
  review: ReviewStatus
  publishedAt: string
  updatedAt: string | null | undefined
  minutes: number
  language: Language
}

function nameWithCredentials(person: PersonRef) {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name
}

function DateOf({ value, language }: { value: string; language: Language }) {
  return <time dateTime={isoDate(value)}>{formatDate(value, language)}</time>
}

/**
 * Who wrote it, who checked it and when: the facts a reader weighs before trusting health advice.
 * "Last updated" (the text changed) and "Last reviewed" (a clinician checked it) are different
 * facts and are never merged; a review is claimed only with its reviewer and its date.
 */
export function Byline({ author, reviewer, review, publishedAt, updatedAt, minutes, language }: Props) {
  const m = messages(language).byline
  const paths = pathsFor(language)
  const updated = updatedAt && updatedAt.slice(0, 10) !== publishedAt.slice(0, 10) && formatDate(updatedAt)
  const reviewedAt = review.kind === 'unreviewed' ? null : review.reviewedAt
  return (
    <div className={styles.byline}>
      <p>
        {m.by} <Link href={paths.author(author.slug)}>{nameWithCredentials(author)}</Link>
      </p>
      {reviewer && reviewedAt ? (
        <p className={styles.reviewed}>
          {m.reviewedBy} <Link href={paths.author(reviewer.slug)}>{nameWithCredentials(reviewer)}</Link> {m.reviewedOn}{' '}
          <DateOf value={reviewedAt} language={language} />
        </p>
      ) : null}
      <p className={styles.dates}>
        {formatDate(publishedAt) ? (
          <>
            {m.published} <DateOf value={publishedAt} language={language} />
            {' · '}
          </>
        ) : null}
        {updated && updatedAt ? (
          <>
            {m.lastUpdated} <DateOf value={updatedAt} language={language} />
            {' · '}
          </>
        ) : null}
        {reviewedAt ? (
          <>
            {m.lastReviewed} <DateOf value={reviewedAt} language={language} />
            {' · '}
          </>
        ) : null}
        {readingTimeText(language, minutes)}
      </p>
      <p>
        <Link href={paths.editorialPolicy}>{m.policyLink}</Link>
        {m.policyPurpose}
      </p>
    </div>
  )
}
