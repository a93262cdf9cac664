import { PAGE_ANCHORS } from '@/lib/content/articleOutline'
import { safeHref } from '@/lib/content/safeHref'
import type { Article } from '@/lib/sanity/queries/article'
import styles from './Article.module.css'

/** The citations behind the article, numbered. */
export function Sources({ sources }: { sources: Article['sources'] }) {
  if (sources.length === 0) return null
  return (
    <section className={styles.sources} aria-labelledby={PAGE_ANCHORS.sources}>
      <h2 id={PAGE_ANCHORS.sources} tabIndex={-1}>
        Sources
      </h2>
      <ol>
        {sources.map((source) => {
          const href = safeHref(source.url)
          return (
            <li key={source._key}>
              {href ? <a href={href}>{source.title}</a> : source.title}
              {source.publisher ? <>. {source.publisher}</> : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
