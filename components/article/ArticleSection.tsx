import type { PortableTextMarkComponent } from '@portabletext/react'
import { RichText } from '@/components/portableText/RichText'
import type { Language } from '@/lib/i18n/languages'
import type { ArticleSection as Section } from '@/lib/sanity/queries/article'
import styles from './Article.module.css'
import { TakeawayCallout } from './TakeawayCallout'

type Props = {
  section: Section
  id: string
  headingIds: Map<string, string> | undefined
  extraMarks?: Record<string, PortableTextMarkComponent>
  language: Language
}

/** One H2 section of an article, its body, then its key takeaway. */
export function ArticleSection({ section, id, headingIds, extraMarks, language }: Props) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {section.heading}
      </h2>
      {/* Old anchors (e.g. WordPress table-of-contents ids) stay valid link targets. */}
      {(section.anchorAliases ?? [])
        .filter((alias) => alias !== id)
        .map((alias) => (
          <span key={alias} id={alias} className={styles.alias} />
        ))}
      <RichText value={section.body} headingIds={headingIds} extraMarks={extraMarks} language={language} />
      {section.takeaway ? <TakeawayCallout id={id} text={section.takeaway.text} language={language} /> : null}
    </section>
  )
}
