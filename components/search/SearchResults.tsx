import Link from 'next/link'
import { paths } from '@/lib/navigation/paths'
import type { SearchHit } from '@/lib/sanity/queries/search'
import { buildSnippet } from '@/lib/content/searchSnippet'
import { snippetSources } from '@/lib/content/snippetSources'
import { PublishedDate } from '@/components/articles/PublishedDate'
import cardList from '@/components/layout/CardList.module.css'
import { SnippetText } from './SnippetText'
import styles from './Search.module.css'

type Props = { text: string; terms: string[]; total: number; hits: SearchHit[] }

function summary(total: number, shown: number, text: string): string {
  const count = total === 1 ? '1 article matches' : `${total} articles match`
  return shown < total ? `${count} “${text}”. Showing the ${shown} best matches.` : `${count} “${text}”.`
}

/** Each matching article with the passage that matched, best match first. */
export function SearchResults({ text, terms, total, hits }: Props) {
  if (hits.length === 0) {
    return (
      <p className={styles.status}>
        No articles match “{text}”. Try fewer or different words, or browse the <Link href={paths.topics}>topics</Link>.
      </p>
    )
  }
  return (
    <section aria-labelledby="search-results">
      <h2 id="search-results" className={styles.status}>
        {summary(total, hits.length, text)}
      </h2>
      <ol className={cardList.list}>
        {hits.map((hit) => {
          const snippet = buildSnippet(snippetSources(hit), terms)
          return (
            <li key={hit._id} className={styles.result}>
              <h3 className={cardList.title}>
                <Link href={paths.article(hit.slug)}>{hit.title}</Link>
              </h3>
              <PublishedDate publishedAt={hit.publishedAt} />
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
