import { formatDate, isoDate } from '@/lib/content/formatDate'
import type { Language } from '@/lib/i18n/languages'
import styles from './ArticleCard.module.css'

/** The date line under a listed article's title; nothing when the date cannot be read. */
export function PublishedDate({ publishedAt, language }: { publishedAt: string; language: Language }) {
  const published = formatDate(publishedAt, language)
  if (!published) return null
  return (
    <p className={styles.meta}>
      <time dateTime={isoDate(publishedAt)}>{published}</time>
    </p>
  )
}
