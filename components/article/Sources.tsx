import { PAGE_ANCHORS } from '@/lib/content/articleOutline'
import type { CitedSource } from '@/lib/content/citations'
import { safeHref } from '@/lib/content/safeHref'
import type { Language } from '@/lib/i18n/languages'
import { messages, type Messages } from '@/lib/i18n/messages'
import styles from './Article.module.css'

/** Links from a source back to each place in the text that cites it, in reading order. */
function BackLinks({ source, m }: { source: CitedSource; m: Messages['article'] }) {
  const many = source.citedBy.length > 1
  return (
    <span className={styles.backLinks}>
      {source.citedBy.map((id, index) => (
        <a
          key={id}
          href={`#${id}`}
          aria-label={many ? m.backToCitation(index + 1, source.number) : m.backToSource(source.number)}
        >
          ↩{many ? <sup>{index + 1}</sup> : null}
        </a>
      ))}
    </span>
  )
}

/** The citations behind the article, numbered as the text cites them. */
export function Sources({ sources, language }: { sources: CitedSource[]; language: Language }) {
  if (sources.length === 0) return null
  const m = messages(language).article
  return (
    <section className={styles.sources} aria-labelledby={PAGE_ANCHORS.sources}>
      <h2 id={PAGE_ANCHORS.sources} tabIndex={-1}>
        {m.sources}
      </h2>
      <ol>
        {sources.map((source) => {
          const href = safeHref(source.url)
          return (
            <li key={source._key} id={source.id} tabIndex={-1}>
              {href ? <a href={href}>{source.title}</a> : source.title}
              {source.publisher ? <>. {source.publisher}</> : null}
              {source.citedBy.length > 0 ? (
                <>
                  {' '}
                  <BackLinks source={source} m={m} />
                </>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
