import styles from './Home.module.css'

export function HomeIntro({ clinicName }: { clinicName: string }) {
  return (
    <header>
      <h1>{clinicName} blog</h1>
      <p className={styles.lead}>The newest articles from the clinic, and every topic they cover.</p>
    </header>
  )
}
