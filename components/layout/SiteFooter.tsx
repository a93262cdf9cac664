import Link from 'next/link'
import { paths } from '@/lib/navigation/paths'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import { phoneHref } from '@/lib/content/phoneHref'
import styles from './Layout.module.css'

function addressLines(address: SiteSettings['address']): string[] {
  if (!address) return []
  const cityLine = [address.addressLocality, [address.addressRegion, address.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
  return [address.streetAddress, cityLine, address.addressCountry].filter((line): line is string => Boolean(line))
}

/** Contact details and the disclaimer; anything the settings leave empty is left out, never invented. */
export function SiteFooter({ settings }: { settings: SiteSettings }) {
  const lines = addressLines(settings.address)
  const year = new Date().getUTCFullYear()
  const call = phoneHref('tel', settings.phone)
  const hasContactLinks = Boolean(call || settings.email || settings.bookingUrl)
  return (
    <footer className={styles.footer}>
      <div className={styles.footerInner}>
        <p className={styles.footerName}>{settings.clinicName}</p>
        {lines.length > 0 ? (
          <address className={styles.address}>
            {lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </address>
        ) : null}
        {hasContactLinks ? (
          <ul className={styles.footerLinks}>
            {call ? (
              <li>
                <a href={call}>Call {settings.phone}</a>
              </li>
            ) : null}
            {settings.email ? (
              <li>
                <a href={`mailto:${settings.email}`}>Email {settings.email}</a>
              </li>
            ) : null}
            {settings.bookingUrl ? (
              <li>
                <a href={settings.bookingUrl}>Book a consultation</a>
              </li>
            ) : null}
          </ul>
        ) : null}
        <nav aria-label="Footer">
          <ul className={styles.footerLinks}>
            <li>
              <Link href={paths.blog}>All articles</Link>
            </li>
            <li>
              <Link href={paths.topics}>Topics</Link>
            </li>
            <li>
              <Link href={paths.faq}>Frequently asked questions</Link>
            </li>
            <li>
              <Link href={paths.authors}>Authors and reviewers</Link>
            </li>
            <li>
              {/* The clinic's own policy page when settings name one; otherwise the site's. */}
              <a href={settings.editorialPolicyUrl ?? paths.editorialPolicy}>Editorial policy</a>
            </li>
            <li>
              <Link href={paths.search}>Search</Link>
            </li>
          </ul>
        </nav>
        {settings.medicalDisclaimer ? <p className={styles.disclaimer}>{settings.medicalDisclaimer}</p> : null}
        <p className={styles.copyright}>
          © {year} {settings.clinicName}
        </p>
      </div>
    </footer>
  )
}
