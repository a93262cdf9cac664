import Link from 'next/link'
import { formatDate, isoDate } from '@/lib/content/formatDate'
import type { PersonRef } from '@/lib/sanity/schemas/common'
import styles from './Article.module.css'

type Props = {
  author: PersonRef
  reviewer: PersonRef | null | undefined
  reviewedAt: string | null | undefined
  publishedAt: string
  updatedAt: string | null | undefined
  minutes: number
}

function nameWithCredentials(person: PersonRef) {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name
}

/** Who wrote it, who checked it and when: the facts a reader weighs before trusting health advice. */
export function Byline({ author, reviewer, reviewedAt, publishedAt, updatedAt, minutes }: Props) {
  const published = formatDate(publishedAt)
  const updated = updatedAt && updatedAt.slice(0, 10) !== publishedAt.slice(0, 10) ? formatDate(updatedAt) : null
  const reviewed = formatDate(reviewedAt)
  return (
    <div className={styles.byline}>
      <p>
        By <Link href={`/authors/${author.slug}`}>{nameWithCredentials(author)}</Link>
      </p>
      {reviewer ? (
        <p className={styles.reviewed}>
          Medically reviewed by <Link href={`/authors/${reviewer.slug}`}>{nameWithCredentials(reviewer)}</Link>
          {reviewed && reviewedAt ? (
            <>
              {' '}
              on <time dateTime={isoDate(reviewedAt)}>{reviewed}</time>
            </>
          ) : null}
        </p>
      ) : null}
      <p className={styles.dates}>
        {published ? (
          <>
            Published <time dateTime={isoDate(publishedAt)}>{published}</time>
          </>
        ) : null}
        {updated && updatedAt ? (
          <>
            {' · '}Updated <time dateTime={isoDate(updatedAt)}>{updated}</time>
          </>
        ) : null}
        {' · '}
        {minutes} min read
      </p>
    </div>
  )
}
