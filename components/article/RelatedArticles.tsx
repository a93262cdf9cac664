import { ArticleList } from '@/components/articles/ArticleList'
import { PAGE_ANCHORS } from '@/lib/content/articleOutline'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { ArticleCard } from '@/lib/sanity/schemas/common'
import styles from './Article.module.css'

export function RelatedArticles({ articles, language }: { articles: ArticleCard[]; language: Language }) {
  if (articles.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby={PAGE_ANCHORS.related}>
      <h2 id={PAGE_ANCHORS.related}>{messages(language).article.related}</h2>
      <ArticleList articles={articles} headingLevel="h3" language={language} />
    </section>
  )
}
