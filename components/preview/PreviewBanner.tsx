import styles from './PreviewBanner.module.css'

export const EXIT_PREVIEW_PATH = '/api/draft-mode/disable'

/**
 * Shown on every page while an editor previews drafts, so a draft is never mistaken for the live
 * site. The page is kept out of search indexes (React hoists the meta tag into the head).
 */
export function PreviewBanner() {
  return (
    <aside className={styles.banner} aria-label="Preview of drafts">
      <meta name="robots" content="noindex, nofollow" />
      <span>Preview of drafts: this page shows unpublished changes.</span>
      {/* A plain link: Next's <Link> would prefetch it and end the preview on its own. */}
      <a className={styles.exit} href={EXIT_PREVIEW_PATH}>
        Exit preview
      </a>
    </aside>
  )
}
