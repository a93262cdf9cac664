import { phoneHref } from '@/lib/content/phoneHref'
import { safeHref } from '@/lib/content/safeHref'
import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages, type Messages } from '@/lib/i18n/messages'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import styles from './Article.module.css'

type Resource = SiteSettings['crisisResources'][number]

type Props = {
  resources: SiteSettings['crisisResources']
  id: string
  /**
   * 'compact' (near the top) gives each service one line: its name and how to reach it, so
   * help is one tap away without a large box pushing the article down. 'full' adds what each
   * service is for and its website.
   */
  variant?: 'full' | 'compact'
  /** The page's language; the resources themselves come from that language's settings. */
  language?: Language
}

type ActionsProps = { resource: Resource; withWebsite: boolean; m: Messages['crisis'] }

function Actions({ resource, withWebsite, m }: ActionsProps) {
  const website = safeHref(resource.url)
  const call = phoneHref('tel', resource.phone)
  const text = phoneHref('sms', resource.sms)
  const showWebsite = website && (withWebsite || (!call && !text))
  return (
    <span className={styles.crisisActions}>
      {call && resource.phone ? <a href={call}>{m.call(resource.phone)}</a> : null}
      {text && resource.sms ? <a href={text}>{m.text(resource.sms)}</a> : null}
      {showWebsite ? <a href={website}>{m.website(resource.name)}</a> : null}
    </span>
  )
}

/** Where to get help right now, on articles about mental-health topics. */
export function CrisisResources({ resources, id, variant = 'full', language = DEFAULT_LANGUAGE }: Props) {
  if (resources.length === 0) return null
  const m = messages(language).crisis
  const compact = variant === 'compact'
  return (
    <aside className={compact ? `${styles.crisis} ${styles.crisisCompact}` : styles.crisis} aria-labelledby={id}>
      <h2 id={id} className={styles.crisisTitle}>
        {m.title}
      </h2>
      <ul>
        {resources.map((resource) => (
          <li key={resource._key}>
            <span className={styles.crisisName}>{resource.name}</span>
            {!compact && resource.description ? <span>{resource.description}</span> : null}
            <Actions resource={resource} withWebsite={!compact} m={m} />
          </li>
        ))}
      </ul>
    </aside>
  )
}
