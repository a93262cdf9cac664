import Link from 'next/link'
import type { BreadcrumbTrail } from '@/lib/navigation/breadcrumbs'
import styles from './Breadcrumbs.module.css'

/** Where the page sits in the site: every step links, the last one is marked as the current page. */
export function Breadcrumbs({ trail }: { trail: BreadcrumbTrail }) {
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumbs}>
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
