import { PAGE_ANCHORS, type OutlineEntry } from '@/lib/content/articleOutline'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import styles from './Article.module.css'

/**
 * The article's contents as a labelled <nav>. It is a <details> so that on small screens it
 * folds away without JavaScript; on wide screens the CSS keeps it open and swaps the summary
 * for a plain label. Headings carry tabIndex=-1 so following a link moves focus to them.
 */
export function TableOfContents({ entries, language }: { entries: OutlineEntry[]; language: Language }) {
  if (entries.length === 0) return null
  const m = messages(language).article
  return (
    <nav id={PAGE_ANCHORS.toc} className={styles.toc} aria-label={m.tocLabel}>
      {/* The nav's label already names it for screen readers. */}
      <p className={styles.tocLabel} aria-hidden="true">
        {m.onThisPage}
      </p>
      <details className={styles.tocDetails}>
        <summary className={styles.tocSummary}>{m.tocSummary}</summary>
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
