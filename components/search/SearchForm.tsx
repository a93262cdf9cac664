import { MAX_QUERY_LENGTH } from '@/lib/content/searchInput'
import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import styles from './Search.module.css'

/** A plain GET form: it works without JavaScript and its results have a shareable URL. */
export function SearchForm({
  defaultValue,
  language = DEFAULT_LANGUAGE,
}: {
  defaultValue: string
  language?: Language
}) {
  const m = messages(language).search
  return (
    <form role="search" action={pathsFor(language).search} method="get" className={styles.form}>
      <label htmlFor="search-query" className={styles.label}>
        {m.label}
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
          {m.button}
        </button>
      </div>
    </form>
  )
}
