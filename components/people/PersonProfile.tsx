import Image from 'next/image'
import { safeHref } from '@/lib/content/safeHref'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { imageUrl } from '@/lib/sanity/imageUrl'
import type { Person } from '@/lib/sanity/queries/person'
import styles from './People.module.css'

const PHOTO_SIZE = 160

function linkLabel(href: string): string {
  const url = new URL(href)
  return url.protocol === 'mailto:' || url.protocol === 'tel:'
    ? href.replace(/^[a-z]+:/, '')
    : url.hostname.replace(/^www\./, '')
}

/** Who a person is: photo, name with credentials, role, biography and profile links. */
export function PersonProfile({ person, language }: { person: Person; language: Language }) {
  const links = person.links.map(safeHref).filter((href): href is string => href !== null)
  return (
    <header className={styles.profile}>
      {person.photo ? (
        <Image
          src={imageUrl(person.photo, PHOTO_SIZE * 2)}
          alt={person.photo.alt ?? ''}
          width={PHOTO_SIZE}
          height={Math.round((PHOTO_SIZE * person.photo.asset.height) / person.photo.asset.width)}
          className={styles.photo}
        />
      ) : null}
      <div>
        <h1 className={styles.name}>
          {person.name}
          {person.credentials ? <span className={styles.credentials}>, {person.credentials}</span> : null}
        </h1>
        {person.role ? <p className={styles.role}>{person.role}</p> : null}
        {person.bio ? <p>{person.bio}</p> : null}
        {links.length > 0 ? (
          <ul className={styles.links} aria-label={messages(language).people.elsewhere(person.name)}>
            {links.map((href) => (
              <li key={href}>
                <a href={href} rel="me noopener">
                  {linkLabel(href)}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </header>
  )
}
