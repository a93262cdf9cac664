import { PAGE_ANCHORS } from '@/lib/content/articleOutline'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { ArticleSection } from '@/lib/sanity/queries/article'
import styles from './Article.module.css'

/** The takeaways of every section, gathered near the top for readers who only skim. */
export function KeyTakeaways({ sections, language }: { sections: ArticleSection[]; language: Language }) {
  const takeaways = sections.flatMap((section) => (section.takeaway ? [section.takeaway] : []))
  if (takeaways.length === 0) return null
  return (
    <section className={styles.summary} aria-labelledby={PAGE_ANCHORS.takeaways}>
      <h2 id={PAGE_ANCHORS.takeaways} className={styles.summaryTitle}>
        {messages(language).article.keyTakeaways}
      </h2>
      <ul>
        {takeaways.map((takeaway) => (
          <li key={takeaway._id}>{takeaway.text}</li>
        ))}
      </ul>
    </section>
  )
}
