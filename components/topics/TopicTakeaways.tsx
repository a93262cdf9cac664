import Link from 'next/link'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import type { TakeawayGroup } from '@/lib/content/takeawaysByArticle'
import styles from './Topics.module.css'

/** The key takeaways of a topic, under the article each comes from, each linking to its section. */
export function TopicTakeaways({ groups, language }: { groups: TakeawayGroup[]; language: Language }) {
  if (groups.length === 0) return null
  const paths = pathsFor(language)
  const m = messages(language).topics
  return (
    <section aria-labelledby="topic-takeaways" className={styles.block}>
      <h2 id="topic-takeaways">{m.keyTakeaways}</h2>
      {groups.map(({ article, takeaways }) => (
        <div key={article.slug} className={styles.takeawayGroup}>
          <h3 className={styles.groupTitle}>
            <Link href={paths.article(article.slug)}>{article.title}</Link>
          </h3>
          <ul className={styles.takeaways}>
            {takeaways.map((takeaway) => (
              <li key={takeaway._id}>
                {takeaway.text}{' '}
                {takeaway.article.anchor ? (
                  <Link href={`${paths.article(article.slug)}#${takeaway.article.anchor}`} className={styles.more}>
                    {m.readSection}
                    <span className="visually-hidden">{m.ofArticle(article.title)}</span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
