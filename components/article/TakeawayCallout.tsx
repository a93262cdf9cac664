import styles from './Article.module.css'

/** The takeaway closing a section; an aside with its own label so screen readers announce it. */
export function TakeawayCallout({ id, text }: { id: string; text: string }) {
  const labelId = `${id}-takeaway`
  return (
    <aside className={styles.takeaway} aria-labelledby={labelId}>
      <p id={labelId} className={styles.takeawayLabel}>
        Key takeaway
      </p>
      <p>{text}</p>
    </aside>
  )
}
