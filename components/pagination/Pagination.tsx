import Link from 'next/link'
import { pageLinks } from '@/lib/navigation/pageLinks'
import styles from './Pagination.module.css'

type Props = {
  page: number
  totalPages: number
  /** The URL of a page of this list. */
  pathFor: (page: number) => string
  /** What the list holds, for the landmark's name, e.g. "Articles". */
  label: string
}

/** Previous/next links (with rel, for crawlers) and the page numbers between them. */
export function Pagination({ page, totalPages, pathFor, label }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={`${label}: pages`} className={styles.pagination}>
      <ul className={styles.list}>
        {page > 1 ? (
          <li>
            <Link href={pathFor(page - 1)} rel="prev" className={styles.step}>
              Previous page
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
                <span className="visually-hidden">Page </span>
                {link.page}
              </Link>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={pathFor(page + 1)} rel="next" className={styles.step}>
              Next page
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
