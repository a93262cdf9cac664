import { phoneHref } from '@/lib/content/phoneHref'
import { messages } from '@/lib/i18n/messages'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import styles from './Home.module.css'

/**
 * How to book, from the site settings: the booking link and the phone number, whichever the
 * clinic has set. With neither there is nothing true to say, so nothing is shown.
 */
export function BookingCallToAction({ settings }: { settings: SiteSettings }) {
  const { bookingUrl, phone, clinicName } = settings
  const call = phoneHref('tel', phone)
  if (!bookingUrl && !call) return null
  const m = messages(settings.language).booking
  return (
    <section aria-labelledby="book-consultation" className={styles.cta}>
      <h2 id="book-consultation" className={styles.ctaTitle}>
        {m.title(clinicName)}
      </h2>
      <p>{m.text}</p>
      <p className={styles.ctaActions}>
        {bookingUrl ? (
          <a href={bookingUrl} className={styles.ctaPrimary}>
            {m.book}
          </a>
        ) : null}
        {call && phone ? <a href={call}>{m.call(phone)}</a> : null}
      </p>
    </section>
  )
}
