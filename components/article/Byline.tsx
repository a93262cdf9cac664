import Link from 'next/link'
import { formatDate, isoDate } from '@/lib/content/formatDate'
import type { ReviewStatus } from '@/lib/content/reviewStatus'
import { paths } from '@/lib/navigation/paths'
import type { PersonRef } from '@/lib/sanity/schemas/common'
import styles from './Article.module.css'

type Props = {
  author: PersonRef
  reviewer: PersonRef | null | undefined
  review: ReviewStatus
  publishedAt: string
  updatedAt: string | null | undefined
  minutes: number
}

function nameWithCredentials(person: PersonRef) {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name
}

function DateOf({ value }: { value: string }) {
  return <time dateTime={isoDate(value)}>{formatDate(value)}</time>
}

/**
 * Who wrote it, who checked it and when: the facts a reader weighs before trusting health advice.
 * "Last updated" (the text changed) and "Last reviewed" (a clinician checked it) are different
 * facts and are never merged; a review is claimed only with its reviewer and its date.
 */
export function Byline({ author, reviewer, review, publishedAt, updatedAt, minutes }: Props) {
  const updated = updatedAt && updatedAt.slice(0, 10) !== publishedAt.slice(0, 10) && formatDate(updatedAt)
  const reviewedAt = review.kind === 'unreviewed' ? null : review.reviewedAt
  return (
    <div className={styles.byline}>
      <p>
        By <Link href={paths.author(author.slug)}>{nameWithCredentials(author)}</Link>
      </p>
      {reviewer && reviewedAt ? (
        <p className={styles.reviewed}>
          Medically reviewed by <Link href={paths.author(reviewer.slug)}>{nameWithCredentials(reviewer)}</Link> on{' '}
          <DateOf value={reviewedAt} />
        </p>
      ) : null}
      <p className={styles.dates}>
        {formatDate(publishedAt) ? (
          <>
            Published <DateOf value={publishedAt} />
            {' · '}
          </>
        ) : null}
        {updated && updatedAt ? (
          <>
            Last updated <DateOf value={updatedAt} />
            {' · '}
          </>
        ) : null}
        {reviewedAt ? (
          <>
            Last reviewed <DateOf value={reviewedAt} />
            {' · '}
          </>
        ) : null}
        {minutes} min read
      </p>
      <p>
        <Link href={paths.editorialPolicy}>Our editorial policy</Link>: how we write, review and correct articles
      </p>
    </div>
  )
}
