import type { PortableTextMarkComponentProps } from '@portabletext/react'
import { resolvedCitationSchema, sourceAnchor } from '@/lib/content/citations'
import styles from './Article.module.css'

/**
 * The cited words, then the number of their source as a superscript link to it; the id lets the
 * source link back here. A citation whose source is gone (numberCitations left it unresolved)
 * shows its words only.
 */
export function CitationMark({ children, value }: PortableTextMarkComponentProps) {
  const citation = resolvedCitationSchema.safeParse(value)
  if (!citation.success) return <>{children}</>
  const { number, anchorId } = citation.data
  return (
    <>
      {children}
      <sup className={styles.citation}>
        <a href={`#${sourceAnchor(number)}`} id={anchorId}>
          {`[${number}]`}
        </a>
      </sup>
    </>
  )
}
