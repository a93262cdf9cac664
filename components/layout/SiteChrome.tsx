import type { ReactNode } from 'react'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import styles from './Layout.module.css'

type Props = {
  settings: SiteSettings
  /** What a draft preview adds (banner, overlays); only the App Router's preview passes it. */
  preview?: ReactNode
  children: ReactNode
}

/** Skip link, header, main landmark and footer around every page of the site, in both routers. */
export function SiteChrome({ settings, preview, children }: Props) {
  return (
    <>
      <a className={styles.skipLink} href="#main-content">
        Skip to content
      </a>
      {preview}
      <SiteHeader settings={settings} />
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  )
}
