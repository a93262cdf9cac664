import Link from 'next/link'
import type { ArticleCard as Card } from '@/lib/sanity/schemas/common'
import { PublishedDate } from './PublishedDate'
import styles from './ArticleCard.module.css'

type Props = { article: Card; headingLevel?: 'h2' | 'h3' }

/** An article in a list: its title links to it, with the date and excerpt beneath. */
export function ArticleCard({ article, headingLevel: Heading = 'h2' }: Props) {
  return (
    <article className={styles.card}>
      <Heading className={styles.title}>
        <Link href={`/blog/${article.slug}`}>{article.title}</Link>
      </Heading>
      <PublishedDate publishedAt={article.publishedAt} />
      {article.excerpt ? <p className={styles.excerpt}>{article.excerpt}</p> : null}
    </article>
  )
}
