import { FaqEntry } from '@/components/faq/FaqEntry'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { FaqWithArticles } from '@/lib/sanity/schemas/faqWithArticles'
import styles from './Topics.module.css'

export function TopicFaqs({ faqs, language }: { faqs: FaqWithArticles[]; language: Language }) {
  if (faqs.length === 0) return null
  return (
    <section aria-labelledby="topic-faqs" className={styles.block}>
      <h2 id="topic-faqs">{messages(language).topics.faqs}</h2>
      {faqs.map((faq) => (
        <FaqEntry key={faq._id} faq={faq} language={language} />
      ))}
    </section>
  )
}
