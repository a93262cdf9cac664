import Link from 'next/link'
import { formatDate, isoDate } from '@/lib/content/formatDate'
import type { ArticleCard as Card } from '@/lib/sanity/schemas/common'
import styles from './ArticleCard.module.css'

type Props = { article: Card; headingLevel?: 'h2' | 'h3' }

/** An article in a list: its title links to it, with the date and excerpt beneath. */
export function ArticleCard({ article, headingLevel: Heading = 'h2' }: Props) {
  const published = formatDate(article.publishedAt)
  return (
    <article className={styles.card}>
      <Heading className={styles.title}>
        <Link href={`/blog/${article.slug}`}>{article.title}</Link>
      </Heading>
      {published ? (
        <p className={styles.meta}>
          <time dateTime={isoDate(article.publishedAt)}>{published}</time>
        </p>
      ) : null}
      {article.excerpt ? <p className={styles.excerpt}>{article.excerpt}</p> : null}
    </article>
  )
}
