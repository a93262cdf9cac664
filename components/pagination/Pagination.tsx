import Link from 'next/link'
import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pageLinks } from '@/lib/navigation/pageLinks'
import styles from './Pagination.module.css'

type Props = {
  page: number
  totalPages: number
  /** The URL of a page of this list. */
  pathFor: (page: number) => string
  /** What the list holds, for the landmark's name, e.g. "Articles". */
  label: string
  language?: Language
}

/** Previous/next links (with rel, for crawlers) and the page numbers between them. */
export function Pagination({ page, totalPages, pathFor, label, language = DEFAULT_LANGUAGE }: Props) {
  if (totalPages <= 1) return null
  const m = messages(language).pagination
  return (
    <nav aria-label={m.label(label)} className={styles.pagination}>
      <ul className={styles.list}>
        {page > 1 ? (
          <li>
            <Link href={pathFor(page - 1)} rel="prev" className={styles.step}>
              {m.previous}
            </Link>
          </li>
        ) : null}
        {pageLinks(page, totalPages).map((link) =>
          link.kind === 'gap' ? (
            <li key={link.key} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link.page}>
              <Link
                href={pathFor(link.page)}
                aria-current={link.current ? 'page' : undefined}
                className={styles.number}
              >
                <span className="visually-hidden">{m.page} </span>
                {link.page}
              </Link>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={pathFor(page + 1)} rel="next" className={styles.step}>
              {m.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
