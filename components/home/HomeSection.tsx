import Link from 'next/link'
import type { ReactNode } from 'react'
import styles from './Home.module.css'

type Props = { id: string; title: string; more: { href: string; label: string }; children: ReactNode }

/** A headed block of the home page with a link to the full list it previews. */
export function HomeSection({ id, title, more, children }: Props) {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>{title}</h2>
      {children}
      <p className={styles.more}>
        <Link href={more.href}>{more.label}</Link>
      </p>
    </section>
  )
}
