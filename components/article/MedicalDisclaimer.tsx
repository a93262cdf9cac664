import styles from './Article.module.css'

/** The clinic's reminder that an article is not a consultation. */
export function MedicalDisclaimer({ text }: { text: string | null | undefined }) {
  if (!text) return null
  return (
    <aside className={styles.disclaimer} aria-label="Medical disclaimer">
      <p>{text}</p>
    </aside>
  )
}
