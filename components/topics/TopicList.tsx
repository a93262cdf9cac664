import Link from 'next/link'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import type { TopicSummary } from '@/lib/sanity/queries/topics'
import styles from './Topics.module.css'

type Props = { topics: TopicSummary[]; headingLevel: 'h2' | 'h3'; language: Language }

/** Each topic with its description and how many articles it holds. */
export function TopicList({ topics, headingLevel: Heading, language }: Props) {
  const paths = pathsFor(language)
  const m = messages(language).topics
  return (
    <ul role="list" className={styles.topicList}>
      {topics.map((topic) => (
        <li key={topic._id} className={styles.topic}>
          <Heading className={styles.topicTitle}>
            <Link href={paths.topic(topic.slug)}>{topic.title}</Link>
          </Heading>
          {topic.description ? <p className={styles.description}>{topic.description}</p> : null}
          <p className={styles.count}>{m.articleCount(topic.articleCount)}</p>
        </li>
      ))}
    </ul>
  )
}
