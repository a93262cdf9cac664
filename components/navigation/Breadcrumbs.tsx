import Link from 'next/link'
import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { BreadcrumbTrail } from '@/lib/navigation/breadcrumbs'
import styles from './Breadcrumbs.module.css'

type Props = { trail: BreadcrumbTrail; language?: Language }

/** Where the page sits in the site: every step links, the last one is marked as the current page. */
export function Breadcrumbs({ trail, language = DEFAULT_LANGUAGE }: Props) {
  return (
    <nav aria-label={messages(language).breadcrumbs.label} className={styles.breadcrumbs}>
      <ol className={styles.list}>
        {trail.map((crumb, index) => {
          const current = index === trail.length - 1
          return (
            <li key={crumb.path} className={styles.item}>
              <Link href={crumb.path} aria-current={current ? 'page' : undefined}>
                {crumb.name}
              </Link>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
