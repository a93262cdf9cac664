import { PortableText, type PortableTextComponents, type PortableTextMarkComponent } from '@portabletext/react'
import Link from 'next/link'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@/lib/i18n/languages'
import { pathsFor } from '@/lib/navigation/paths'
import type { PortableTextValue } from '@/lib/sanity/schemas/common'
import { safeHref } from '@/lib/content/safeHref'
import { CodeBlock } from './CodeBlock'
import { DataTable } from './DataTable'
import { DefinitionList } from './DefinitionList'
import { EmbedCard } from './EmbedCard'
import { ImageGallery } from './ImageGallery'
import { PortableImage } from './PortableImage'
import styles from './RichText.module.css'

type Props = {
  value: PortableTextValue
  /** Ids for H3/H4 blocks by _key, from the article outline, so TOC links land on them. */
  headingIds?: Map<string, string>
  /** Marks only some pages can resolve (an article's citations); elsewhere their text shows plain. */
  extraMarks?: Record<string, PortableTextMarkComponent>
  /** The page's language: for the labels of tables and embeds, and where internal links lead. */
  language?: Language
}

function components(
  headingIds: Map<string, string> | undefined,
  extraMarks: Record<string, PortableTextMarkComponent> = {},
  language: Language,
): PortableTextComponents {
  const idOf = (key: string | undefined) => (key ? headingIds?.get(key) : undefined)
  return {
    block: {
      h3: ({ children, value }) => (
        <h3 id={idOf(value._key)} tabIndex={-1} className={styles.h3}>
          {children}
        </h3>
      ),
      h4: ({ children, value }) => (
        <h4 id={idOf(value._key)} tabIndex={-1} className={styles.h4}>
          {children}
        </h4>
      ),
      blockquote: ({ children }) => <blockquote className={styles.quote}>{children}</blockquote>,
    },
    marks: {
      link: ({ children, value }) => {
        const href = safeHref(value?.href)
        if (!href) return <>{children}</>
        const external = href.startsWith('http')
        return (
          <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
            {children}
          </a>
        )
      },
      internalLink: ({ children, value }) => {
        const slug: unknown = value?.slug
        // A link says which language its article is in when the query resolved it; otherwise it
        // is taken to lead to an article in the page's own language.
        const linked: unknown = value?.language
        const paths = pathsFor(isLanguage(linked) ? linked : language)
        return typeof slug === 'string' && slug ? <Link href={paths.article(slug)}>{children}</Link> : <>{children}</>
      },
      ...extraMarks,
    },
    types: {
      image: PortableImage,
      gallery: ImageGallery,
      dataTable: ({ value }) => <DataTable value={value} language={language} />,
      code: CodeBlock,
      definitionList: DefinitionList,
      embed: ({ value }) => <EmbedCard value={value} language={language} />,
    },
    // Unknown block types from a newer schema are skipped rather than breaking the page.
    unknownType: () => null,
  }
}

/** Editor-written rich text, rendered with safe links and anchored sub-headings. */
export function RichText({ value, headingIds, extraMarks, language = DEFAULT_LANGUAGE }: Props) {
  return (
    <div className={styles.richText}>
      <PortableText
        value={value}
        components={components(headingIds, extraMarks, language)}
        onMissingComponent={false}
      />
    </div>
  )
}
