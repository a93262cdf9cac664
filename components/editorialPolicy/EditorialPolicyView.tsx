import type { PolicySection } from '@/lib/content/editorialPolicy'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import styles from './EditorialPolicy.module.css'

/** The policy's sections; one still holding the default text says so, so no reader mistakes it for the clinic's own. */
export function EditorialPolicyView({ sections, language }: { sections: PolicySection[]; language: Language }) {
  return (
    <>
      {sections.map((section) => {
        const headingId = `policy-${section.id}`
        return (
          <section key={section.id} aria-labelledby={headingId} className={styles.section}>
            <h2 id={headingId}>{section.heading}</h2>
            {section.sample ? (
              <p role="note" className={styles.sample}>
                {messages(language).editorialPolicy.sample}
              </p>
            ) : null}
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
        )
      })}
    </>
  )
}
