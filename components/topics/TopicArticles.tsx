import { ArticleList } from '@/components/articles/ArticleList'
import type { ArticleCard } from '@/lib/sanity/schemas/common'
import styles from './Topics.module.css'

export function TopicArticles({ articles }: { articles: ArticleCard[] }) {
  return (
    <section aria-labelledby="topic-articles" className={styles.block}>
      <h2 id="topic-articles">Articles</h2>
      {articles.length > 0 ? (
        <ArticleList articles={articles} headingLevel="h3" />
      ) : (
        <p>No articles on this topic have been published yet.</p>
      )}
    </section>
  )
}
