import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import styles from './PreviewBanner.module.css'

export const EXIT_PREVIEW_PATH = '/api/draft-mode/disable'

/**
 * Shown on every page while an editor previews drafts, so a draft is never mistaken for the live
 * site. The page is kept out of search indexes (React hoists the meta tag into the head).
 */
export function PreviewBanner({ language = DEFAULT_LANGUAGE }: { language?: Language }) {
  const m = messages(language).preview
  return (
    <aside className={styles.banner} aria-label={m.label}>
      <meta name="robots" content="noindex, nofollow" />
      <span>{m.text}</span>
      {/* A plain link: Next's <Link> would prefetch it and end the preview on its own. */}
      <a className={styles.exit} href={EXIT_PREVIEW_PATH}>
        {m.exit}
      </a>
    </aside>
  )
}
