import type { ArticleCard as Card } from '@/lib/sanity/schemas/common'
import { ArticleCard } from './ArticleCard'
import styles from './ArticleCard.module.css'

type Props = { articles: Card[]; headingLevel?: 'h2' | 'h3' }

export function ArticleList({ articles, headingLevel }: Props) {
  return (
    <ul role="list" className={styles.list}>
      {articles.map((article) => (
        <li key={article._id}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
