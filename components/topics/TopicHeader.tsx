import styles from './Topics.module.css'

export function TopicHeader({ title, description }: { title: string; description: string | null | undefined }) {
  return (
    <header>
      <h1>{title}</h1>
      {description ? <p className={styles.intro}>{description}</p> : null}
    </header>
  )
}
