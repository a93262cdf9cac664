import { ArticleList } from '@/components/articles/ArticleList'
import { PAGE_ANCHORS } from '@/lib/content/articleOutline'
import type { ArticleCard } from '@/lib/sanity/schemas/common'
import styles from './Article.module.css'

export function RelatedArticles({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby={PAGE_ANCHORS.related}>
      <h2 id={PAGE_ANCHORS.related}>Related articles</h2>
      <ArticleList articles={articles} headingLevel="h3" />
    </section>
  )
}
