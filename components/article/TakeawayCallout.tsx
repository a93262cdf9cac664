import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import styles from './Article.module.css'

/** The takeaway closing a section; an aside with its own label so screen readers announce it. */
export function TakeawayCallout({ id, text, language }: { id: string; text: string; language: Language }) {
  const labelId = `${id}-takeaway`
  return (
    <aside className={styles.takeaway} aria-labelledby={labelId}>
      <p id={labelId} className={styles.takeawayLabel}>
        {messages(language).article.keyTakeaway}
      </p>
      <p>{text}</p>
    </aside>
  )
}
