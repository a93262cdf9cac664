import { safeHref } from '@/lib/portableText/safeHref'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import styles from './Article.module.css'

type Props = { resources: SiteSettings['crisisResources']; id: string }

const digits = (value: string) => value.replace(/[^0-9+]/g, '')

/** Where to get help right now, on articles about mental-health topics. */
export function CrisisResources({ resources, id }: Props) {
  if (resources.length === 0) return null
  return (
    <aside className={styles.crisis} aria-labelledby={id}>
      <h2 id={id} className={styles.crisisTitle}>
        Need help now?
      </h2>
      <ul>
        {resources.map((resource) => {
          const website = safeHref(resource.url)
          return (
            <li key={resource._key}>
              <strong>{resource.name}</strong>
              {resource.description ? <> — {resource.description}</> : null}
              <span className={styles.crisisActions}>
                {resource.phone ? <a href={`tel:${digits(resource.phone)}`}>Call {resource.phone}</a> : null}
                {resource.sms ? <a href={`sms:${digits(resource.sms)}`}>Text {resource.sms}</a> : null}
                {website ? <a href={website}>Visit the {resource.name} website</a> : null}
              </span>
            </li>
          )
        })}
      </ul>
    </aside>
  )
}
