import type { ArticleCard as Card } from '@/lib/sanity/schemas/common'
import { ArticleCard } from './ArticleCard'

type Props = { articles: Card[]; headingLevel?: 'h2' | 'h3' }

export function ArticleList({ articles, headingLevel }: Props) {
  return (
    <ul role="list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {articles.map((article) => (
        <li key={article._id}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
