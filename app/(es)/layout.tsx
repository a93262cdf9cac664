import type { ReactNode } from 'react'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { DraftPreview } from '@/components/preview/DraftPreview'
import { pathsFor } from '@/lib/navigation/paths'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getSettings } from '@/lib/sanity/queries/settings'
import styles from './edition.module.css'

// The Spanish edition's App Router pages (only /es/search) in the Spanish chrome: (site)'s layout
// cannot tell a Spanish address from an English one, since a layout is not given the path. The
// root layout writes <html lang="en"> for every App Router page, so everything here, chrome
// included, sits in an element with lang="es": what assistive technology and crawlers read for
// the page's text, until the root element itself can say es.
export default async function SpanishSiteLayout({ children }: { children: ReactNode }) {
  const [settings, previewing] = await Promise.all([getSettings('es'), isPreviewing()])
  // The search exists in both languages: the switcher leads to the English one.
  const translations = (['en', 'es'] as const).map((language) => ({ language, path: pathsFor(language).search }))
  return (
    <div lang="es" className={styles.edition}>
      <SiteChrome settings={settings} translations={translations} preview={previewing ? <DraftPreview /> : null}>
        {children}
      </SiteChrome>
    </div>
  )
}
