import { PAGE_ANCHORS, type OutlineEntry } from '@/lib/article/outline'
import styles from './Article.module.css'

/**
 * The article's contents as a labelled <nav>. It is a <details> so that on small screens it
 * folds away without JavaScript (wide screens always show it, see the CSS); headings carry
 * tabIndex=-1 so following a link moves focus to them.
 */
export function TableOfContents({ entries }: { entries: OutlineEntry[] }) {
  if (entries.length === 0) return null
  return (
    <nav id={PAGE_ANCHORS.toc} className={styles.toc} aria-label="Table of contents">
      <details className={styles.tocDetails}>
        <summary className={styles.tocSummary}>Table of contents</summary>
        <ol className={styles.tocList}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.text}</a>
              {entry.children.length > 0 ? (
                <ol>
                  {entry.children.map((child) => (
                    <li key={child.id}>
                      <a href={`#${child.id}`}>{child.text}</a>
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </nav>
  )
}
