import { RichText } from '@/components/portableText/RichText'
import type { Language } from '@/lib/i18n/languages'
import type { ArticleFaq } from '@/lib/sanity/queries/article'
import disclosure from '@/components/layout/Disclosure.module.css'
import styles from './Article.module.css'

type Props = { faqs: ArticleFaq[]; headingId: string; title: string; language: Language }

/** Questions and answers as native <details>: they open and close without any JavaScript. */
export function FaqList({ faqs, headingId, title, language }: Props) {
  if (faqs.length === 0) return null
  return (
    <section className={styles.faqs} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {faqs.map((faq) => (
        <details key={faq._id} className={styles.faq}>
          <summary className={disclosure.question}>{faq.question}</summary>
          <div className={styles.faqAnswer}>
            <RichText value={faq.answer} language={language} />
          </div>
        </details>
      ))}
    </section>
  )
}
