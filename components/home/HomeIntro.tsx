import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import styles from './Home.module.css'

export function HomeIntro({ clinicName, language }: { clinicName: string; language: Language }) {
  const m = messages(language).home
  return (
    <header>
      <h1>{m.title(clinicName)}</h1>
      <p className={styles.lead}>{m.lead}</p>
    </header>
  )
}
