import { webHref } from '@/lib/content/captionSegments'
import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { embedBlockSchema } from '@/lib/sanity/schemas/richTextBlocks'
import styles from './RichText.module.css'

/** A URL readers can recognise: host and path, without the scheme. */
function shortUrl(href: string): string {
  const url = new URL(href)
  return `${url.host}${url.pathname === '/' ? '' : url.pathname}`
}

/**
 * Media from another site as a link card. The page never loads the other site's player, iframe
 * or script (the CSP forbids them, and they would tell that site which health article a patient
 * reads); the reader follows the link to watch or listen there. The address is checked again
 * here: only http(s) becomes a link, anything else renders nothing.
 */
export function EmbedCard({ value, language = DEFAULT_LANGUAGE }: { value: unknown; language?: Language }) {
  const parsed = embedBlockSchema.safeParse(value)
  const href = parsed.success ? webHref(parsed.data.url) : null
  if (!parsed.success || !href) return null
  const { kind, provider, title } = parsed.data
  return (
    <p className={styles.embed}>
      <a href={href} rel="noopener noreferrer" className={styles.embedLink}>
        <span className={styles.embedSource}>
          {messages(language).portableText[kind]}
          {provider ? ` · ${provider}` : ''}
        </span>
        <span className={styles.embedTitle}>{title?.trim() || shortUrl(href)}</span>
      </a>
    </p>
  )
}
