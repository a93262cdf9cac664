import Link from 'next/link'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import styles from './Layout.module.css'

/** The clinic's name and the site's main navigation. */
export function SiteHeader({ settings }: { settings: SiteSettings }) {
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link href="/" className={styles.brand}>
          {settings.clinicName}
        </Link>
        <nav aria-label="Main">
          <ul className={styles.nav}>
            <li>
              <Link href="/blog">Articles</Link>
            </li>
            {settings.bookingUrl ? (
              <li>
                <a href={settings.bookingUrl} className={styles.cta}>
                  Book a consultation
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </header>
  )
}
