import { MAX_QUERY_LENGTH } from '@/lib/content/searchInput'
import { paths } from '@/lib/navigation/paths'
import styles from './Search.module.css'

/** A plain GET form: it works without JavaScript and its results have a shareable URL. */
export function SearchForm({ defaultValue }: { defaultValue: string }) {
  return (
    <form role="search" action={paths.search} method="get" className={styles.form}>
      <label htmlFor="search-query" className={styles.label}>
        Search the articles
      </label>
      <div className={styles.row}>
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          className={styles.input}
        />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </div>
    </form>
  )
}
