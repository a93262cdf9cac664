import type { Language } from '@/lib/i18n/languages'
import type { ArticleCard as Card } from '@/lib/sanity/schemas/common'
import { ArticleCard } from './ArticleCard'
import styles from './ArticleCard.module.css'

/** `language` is the page's: the cards' articles are in it and link to its pages. */
type Props = { articles: Card[]; headingLevel?: 'h2' | 'h3'; language: Language }

export function ArticleList({ articles, headingLevel, language }: Props) {
  return (
    <ul role="list" className={styles.list}>
      {articles.map((article) => (
        <li key={article._id}>
          <ArticleCard article={article} headingLevel={headingLevel} language={language} />
        </li>
      ))}
    </ul>
  )
}
