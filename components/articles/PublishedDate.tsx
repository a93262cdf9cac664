import { formatDate, isoDate } from '@/lib/content/formatDate'
import styles from './ArticleCard.module.css'

/** The date line under a listed article's title; nothing when the date cannot be read. */
export function PublishedDate({ publishedAt }: { publishedAt: string }) {
  const published = formatDate(publishedAt)
  if (!published) return null
  return (
    <p className={styles.meta}>
      <time dateTime={isoDate(publishedAt)}>{published}</time>
    </p>
  )
}
