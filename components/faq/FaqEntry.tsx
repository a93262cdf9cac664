import Link from 'next/link'
import { RichText } from '@/components/portableText/RichText'
import { PAGE_ANCHORS } from '@/lib/content/articleOutline'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import type { FaqWithArticles } from '@/lib/sanity/schemas/faqWithArticles'
import disclosure from '@/components/layout/Disclosure.module.css'
import styles from './Faq.module.css'

/** One question as a native <details> (no JavaScript), with links to the articles that answer it. */
export function FaqEntry({ faq, language }: { faq: FaqWithArticles; language: Language }) {
  const paths = pathsFor(language)
  return (
    <details id={faq._id} className={styles.entry}>
      <summary className={disclosure.question}>{faq.question}</summary>
      <div className={styles.answer}>
        <RichText value={faq.answer} language={language} />
        {faq.articles.length > 0 ? (
          <p className={styles.from}>
            {messages(language).faq.from}{' '}
            {faq.articles.map((article, index) => (
              <span key={article.slug}>
                {index > 0 ? ', ' : null}
                <Link href={`${paths.article(article.slug)}#${PAGE_ANCHORS.faqs}`}>{article.title}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </details>
  )
}
