import Link from 'next/link'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import { phoneHref } from '@/lib/content/phoneHref'
import { addressLines } from '@/lib/content/postalAddress'
import styles from './Layout.module.css'

/** Contact details and the disclaimer; anything the settings leave empty is left out, never invented. */
export function SiteFooter({ settings }: { settings: SiteSettings }) {
  const lines = addressLines(settings.address)
  const year = new Date().getUTCFullYear()
  const call = phoneHref('tel', settings.phone)
  const hasContactLinks = Boolean(call || settings.email || settings.bookingUrl)
  const paths = pathsFor(settings.language)
  const m = messages(settings.language).footer
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
            {call && settings.phone ? (
              <li>
                <a href={call}>{m.call(settings.phone)}</a>
              </li>
            ) : null}
            {settings.email ? (
              <li>
                <a href={`mailto:${settings.email}`}>{m.email(settings.email)}</a>
              </li>
            ) : null}
            {settings.bookingUrl ? (
              <li>
                <a href={settings.bookingUrl}>{m.book}</a>
              </li>
            ) : null}
          </ul>
        ) : null}
        <nav aria-label={m.navLabel}>
          <ul className={styles.footerLinks}>
            <li>
              <Link href={paths.blog}>{m.allArticles}</Link>
            </li>
            <li>
              <Link href={paths.topics}>{m.topics}</Link>
            </li>
            <li>
              <Link href={paths.faq}>{m.faq}</Link>
            </li>
            <li>
              <Link href={paths.authors}>{m.people}</Link>
            </li>
            <li>
              {/* The clinic's own policy page when settings name one; otherwise the site's. */}
              <a href={settings.editorialPolicyUrl ?? paths.editorialPolicy}>{m.editorialPolicy}</a>
            </li>
            <li>
              <Link href={paths.search}>{m.search}</Link>
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
