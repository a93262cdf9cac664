import Link from 'next/link'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import type { TopicLink } from '@/lib/sanity/queries/topic'
import styles from './Topics.module.css'

type Props = { parent: TopicLink | null | undefined; subtopics: TopicLink[]; language: Language }

/** Where a topic sits among topics: the broader one it belongs to, and the narrower ones under it. */
export function TopicFamily({ parent, subtopics, language }: Props) {
  if (!parent && subtopics.length === 0) return null
  const paths = pathsFor(language)
  const m = messages(language).topics
  return (
    <div className={styles.family}>
      {parent ? (
        <p className={styles.parent}>
          {m.partOf} <Link href={paths.topic(parent.slug)}>{parent.title}</Link>
        </p>
      ) : null}
      {subtopics.length > 0 ? (
        <nav aria-labelledby="subtopics-title">
          <h2 id="subtopics-title" className={styles.familyTitle}>
            {m.subtopics}
          </h2>
          <ul role="list" className={styles.subtopics}>
            {subtopics.map((subtopic) => (
              <li key={subtopic.slug}>
                <Link href={paths.topic(subtopic.slug)}>{subtopic.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  )
}
