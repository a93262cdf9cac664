import Link from 'next/link'
import type { FaqGroup } from '@/lib/content/faqsByTopic'
import { paths } from '@/lib/navigation/paths'
import { FaqEntry } from './FaqEntry'
import styles from './Faq.module.css'

/** The FAQ hub's body: a headed section per topic, each question a native <details>. */
export function FaqGroups({ groups }: { groups: FaqGroup[] }) {
  return groups.map(({ topic, faqs }) => {
    const id = topic ? `faq-topic-${topic.slug}` : 'faq-topic-other'
    return (
      <section key={id} aria-labelledby={id} className={styles.group}>
        <h2 id={id} className={styles.groupTitle}>
          {topic ? topic.title : 'Other questions'}
        </h2>
        {topic ? (
          <p className={styles.topicLink}>
            <Link href={paths.topic(topic.slug)}>More on {topic.title}</Link>
          </p>
        ) : null}
        {faqs.map((faq) => (
          <FaqEntry key={faq._id} faq={faq} />
        ))}
      </section>
    )
  })
}
