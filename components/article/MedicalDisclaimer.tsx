import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import styles from './Article.module.css'

/** The clinic's reminder that an article is not a consultation. */
export function MedicalDisclaimer({ text, language }: { text: string | null | undefined; language: Language }) {
  if (!text) return null
  return (
    <aside className={styles.disclaimer} aria-label={messages(language).article.disclaimerLabel}>
      <p>{text}</p>
    </aside>
  )
}
