import type { PolicySection } from '@/lib/content/editorialPolicy'
import styles from './EditorialPolicy.module.css'

/** The policy's sections; one still holding the default text says so, so no reader mistakes it for the clinic's own. */
export function EditorialPolicyView({ sections }: { sections: PolicySection[] }) {
  return (
    <>
      {sections.map((section) => {
        const headingId = `policy-${section.id}`
        return (
          <section key={section.id} aria-labelledby={headingId} className={styles.section}>
            <h2 id={headingId}>{section.heading}</h2>
            {section.sample ? (
              <p role="note" className={styles.sample}>
                Sample text: the clinic has not written this part of its policy yet (Site settings › Editorial policy).
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
