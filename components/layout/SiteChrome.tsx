import type { ReactNode } from 'react'
import { DraftPreview } from '@/components/preview/DraftPreview'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getSettings } from '@/lib/sanity/queries/settings'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import styles from './Layout.module.css'

/** Skip link, header, main landmark and footer around every page of the site. */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const [settings, previewing] = await Promise.all([getSettings(), isPreviewing()])
  return (
    <>
      <a className={styles.skipLink} href="#main-content">
        Skip to content
      </a>
      {previewing && <DraftPreview />}
      <SiteHeader settings={settings} />
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  )
}
