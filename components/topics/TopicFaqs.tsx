import { FaqEntry } from '@/components/faq/FaqEntry'
import type { FaqWithArticles } from '@/lib/sanity/schemas/faqWithArticles'
import styles from './Topics.module.css'

export function TopicFaqs({ faqs }: { faqs: FaqWithArticles[] }) {
  if (faqs.length === 0) return null
  return (
    <section aria-labelledby="topic-faqs" className={styles.block}>
      <h2 id="topic-faqs">Questions and answers</h2>
      {faqs.map((faq) => (
        <FaqEntry key={faq._id} faq={faq} />
      ))}
    </section>
  )
}
