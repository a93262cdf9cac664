import Image from 'next/image'
import Link from 'next/link'
import type { PageTranslation } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import { imageUrl } from '@/lib/sanity/imageUrl'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import { LanguageSwitcher } from './LanguageSwitcher'
import styles from './Layout.module.css'

const LOGO_HEIGHT = 40

type Props = {
  settings: SiteSettings
  /** Every language version of the page that exists, for the language switcher. */
  translations?: readonly PageTranslation[]
}

/** The clinic's name (and logo, when set), the site's main navigation, the booking link and the language switcher. */
export function SiteHeader({ settings, translations = [] }: Props) {
  const logo = settings.logo
  const paths = pathsFor(settings.language)
  const m = messages(settings.language).header
  const navigation = [
    { href: paths.blog, label: m.articles },
    { href: paths.topics, label: m.topics },
    { href: paths.faq, label: m.faq },
    { href: paths.search, label: m.search },
  ]
  return (
    <header className={styles.header}>
      <LanguageSwitcher language={settings.language} languages={settings.languages} translations={translations} />
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
        <nav aria-label={m.navLabel}>
          <ul className={styles.nav}>
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
            {settings.bookingUrl ? (
              <li>
                <a href={settings.bookingUrl} className={styles.cta}>
                  {m.book}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </header>
  )
}
