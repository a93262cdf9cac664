import Link from 'next/link'
import type { FaqGroup } from '@/lib/content/faqsByTopic'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import { FaqEntry } from './FaqEntry'
import styles from './Faq.module.css'

/** The FAQ hub's body: a headed section per topic, each question a native <details>. */
export function FaqGroups({ groups, language }: { groups: FaqGroup[]; language: Language }) {
  const paths = pathsFor(language)
  const m = messages(language).faq
  return groups.map(({ topic, faqs }) => {
    const id = topic ? `faq-topic-${topic.slug}` : 'faq-topic-other'
    return (
      <section key={id} aria-labelledby={id} className={styles.group}>
        <h2 id={id} className={styles.groupTitle}>
          {topic ? topic.title : m.otherQuestions}
        </h2>
        {topic ? (
          <p className={styles.topicLink}>
            <Link href={paths.topic(topic.slug)}>{m.moreOn(topic.title)}</Link>
          </p>
        ) : null}
        {faqs.map((faq) => (
          <FaqEntry key={faq._id} faq={faq} language={language} />
        ))}
      </section>
    )
  })
}
