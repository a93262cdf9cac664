import { ArticleList } from '@/components/articles/ArticleList'
import type { Language } from '@/lib/i18n/languages'
import type { ArticleCard } from '@/lib/sanity/schemas/common'
import styles from './People.module.css'

type Props = { id: string; title: string; articles: ArticleCard[]; language: Language }

/** One list of a person's articles (written, or medically reviewed); nothing when it is empty. */
export function PersonArticles({ id, title, articles, language }: Props) {
  if (articles.length === 0) return null
  return (
    <section aria-labelledby={id} className={styles.articles}>
      <h2 id={id}>{title}</h2>
      <ArticleList articles={articles} headingLevel="h3" language={language} />
    </section>
  )
}
