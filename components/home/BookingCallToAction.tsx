import { phoneHref } from '@/lib/content/phoneHref'
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
  return (
    <section aria-labelledby="book-consultation" className={styles.cta}>
      <h2 id="book-consultation" className={styles.ctaTitle}>
        Talk to {clinicName}
      </h2>
      <p>If something you read here sounds like you, the clinic can talk it through with you.</p>
      <p className={styles.ctaActions}>
        {bookingUrl ? (
          <a href={bookingUrl} className={styles.ctaPrimary}>
            Book a consultation
          </a>
        ) : null}
        {call ? <a href={call}>Call {phone}</a> : null}
      </p>
    </section>
  )
}
