import Link from 'next/link'
import { paths } from '@/lib/navigation/paths'
import type { TopicSummary } from '@/lib/sanity/queries/topics'
import styles from './Topics.module.css'

type Props = { topics: TopicSummary[]; headingLevel: 'h2' | 'h3' }

/** Each topic with its description and how many articles it holds. */
export function TopicList({ topics, headingLevel: Heading }: Props) {
  return (
    <ul role="list" className={styles.topicList}>
      {topics.map((topic) => (
        <li key={topic._id} className={styles.topic}>
          <Heading className={styles.topicTitle}>
            <Link href={paths.topic(topic.slug)}>{topic.title}</Link>
          </Heading>
          {topic.description ? <p className={styles.description}>{topic.description}</p> : null}
          <p className={styles.count}>{topic.articleCount === 1 ? '1 article' : `${topic.articleCount} articles`}</p>
        </li>
      ))}
    </ul>
  )
}
