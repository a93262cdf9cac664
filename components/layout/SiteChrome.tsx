import type { ReactNode } from 'react'
import type { PageTranslation } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import styles from './Layout.module.css'

type Props = {
  settings: SiteSettings
  /**
   * Every language version of the page that exists, this one included, for the language switcher.
   * Without it (a page with no counterpart, such as a 404) the switcher offers the other homes.
   */
  translations?: readonly PageTranslation[]
  /** What a draft preview adds (banner, overlays); only the App Router's preview passes it. */
  preview?: ReactNode
  children: ReactNode
}

/** Skip link, header, main landmark and footer around every page of the site, in both routers. */
export function SiteChrome({ settings, translations = [], preview, children }: Props) {
  return (
    <>
      <a className={styles.skipLink} href="#main-content">
        {messages(settings.language).skipLink}
      </a>
      {preview}
      <SiteHeader settings={settings} translations={translations} />
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  )
}
