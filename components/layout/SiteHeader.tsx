import Image from 'next/image'
import Link from 'next/link'
import { paths } from '@/lib/navigation/paths'
import { imageUrl } from '@/lib/sanity/imageUrl'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import styles from './Layout.module.css'

const LOGO_HEIGHT = 40

const NAVIGATION = [
  { href: paths.blog, label: 'Articles' },
  { href: paths.topics, label: 'Topics' },
  { href: paths.faq, label: 'FAQ' },
  { href: paths.search, label: 'Search' },
]

/** The clinic's name (and logo, when set), the site's main navigation and the booking link. */
export function SiteHeader({ settings }: { settings: SiteSettings }) {
  const logo = settings.logo
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link href={paths.home} className={styles.brand}>
          {logo ? (
            // The clinic's name follows as text, so the logo itself is decoration here.
            <Image
              src={imageUrl(logo, LOGO_HEIGHT * 8)}
              alt=""
              height={LOGO_HEIGHT}
              width={Math.round((LOGO_HEIGHT * logo.asset.width) / logo.asset.height)}
              className={styles.logo}
              priority
            />
          ) : null}
          {settings.clinicName}
        </Link>
        <nav aria-label="Main">
          <ul className={styles.nav}>
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
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
