import Link from 'next/link'
import type { Language } from '@/lib/i18n/languages'
import { pathsFor } from '@/lib/navigation/paths'
import type { PersonRef } from '@/lib/sanity/schemas/common'
import cardList from '@/components/layout/CardList.module.css'
import styles from './People.module.css'

/** The people who write and review the articles, each linking to their page. */
export function PeopleList({ people, language }: { people: PersonRef[]; language: Language }) {
  const paths = pathsFor(language)
  return (
    <ul role="list" className={cardList.list}>
      {people.map((person) => (
        <li key={person._id} className={styles.person}>
          <h2 className={cardList.title}>
            <Link href={paths.author(person.slug)}>
              {person.name}
              {person.credentials ? `, ${person.credentials}` : ''}
            </Link>
          </h2>
          {person.role ? <p className={styles.role}>{person.role}</p> : null}
        </li>
      ))}
    </ul>
  )
}
