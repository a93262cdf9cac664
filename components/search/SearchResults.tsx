import Link from 'next/link'
import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import type { SearchHit } from '@/lib/sanity/queries/search'
import { buildSnippet } from '@/lib/content/searchSnippet'
import { snippetSources } from '@/lib/content/snippetSources'
import { PublishedDate } from '@/components/articles/PublishedDate'
import cardList from '@/components/layout/CardList.module.css'
import { SnippetText } from './SnippetText'
import styles from './Search.module.css'

type Props = { text: string; terms: string[]; total: number; hits: SearchHit[]; language?: Language }

/** Each matching article with the passage that matched, best match first. */
export function SearchResults({ text, terms, total, hits, language = DEFAULT_LANGUAGE }: Props) {
  const m = messages(language).search
  const paths = pathsFor(language)
  if (hits.length === 0) {
    return (
      <p className={styles.status}>
        {m.noResults(text)} <Link href={paths.topics}>{m.noResultsLink}</Link>.
      </p>
    )
  }
  return (
    <section aria-labelledby="search-results">
      <h2 id="search-results" className={styles.status}>
        {m.summary(total, hits.length, text)}
      </h2>
      <ol className={cardList.list}>
        {hits.map((hit) => {
          const snippet = buildSnippet(snippetSources(hit), terms)
          return (
            <li key={hit._id} className={styles.result}>
              <h3 className={cardList.title}>
                <Link href={paths.article(hit.slug)}>{hit.title}</Link>
              </h3>
              <PublishedDate publishedAt={hit.publishedAt} language={language} />
              {snippet ? (
                <p className={styles.snippet}>
                  {snippet.label ? (
                    <span className={styles.where}>
                      {snippet.anchor ? (
                        <Link href={`${paths.article(hit.slug)}#${snippet.anchor}`}>{snippet.label}</Link>
                      ) : (
                        snippet.label
                      )}
                      {': '}
                    </span>
                  ) : null}
                  <SnippetText snippet={snippet} />
                </p>
              ) : hit.excerpt ? (
                <p className={styles.snippet}>{hit.excerpt}</p>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
