import { ArticleList } from '@/components/articles/ArticleList'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { ArticleCard } from '@/lib/sanity/schemas/common'
import styles from './Topics.module.css'

export function TopicArticles({ articles, language }: { articles: ArticleCard[]; language: Language }) {
  const m = messages(language).topics
  return (
    <section aria-labelledby="topic-articles" className={styles.block}>
      <h2 id="topic-articles">{m.articles}</h2>
      {articles.length > 0 ? (
        <ArticleList articles={articles} headingLevel="h3" language={language} />
      ) : (
        <p>{m.noArticles}</p>
      )}
    </section>
  )
}
