import Link from 'next/link'
import type { Language } from '@/lib/i18n/languages'
import { pathsFor } from '@/lib/navigation/paths'
import type { ArticleCard as Card } from '@/lib/sanity/schemas/common'
import { PublishedDate } from './PublishedDate'
import styles from './ArticleCard.module.css'

type Props = { article: Card; headingLevel?: 'h2' | 'h3'; language: Language }

/** An article in a list: its title links to it, with the date and excerpt beneath. */
export function ArticleCard({ article, headingLevel: Heading = 'h2', language }: Props) {
  return (
    <article className={styles.card}>
      <Heading className={styles.title}>
        <Link href={pathsFor(language).article(article.slug)}>{article.title}</Link>
      </Heading>
      <PublishedDate publishedAt={article.publishedAt} language={language} />
      {article.excerpt ? <p className={styles.excerpt}>{article.excerpt}</p> : null}
    </article>
  )
}
