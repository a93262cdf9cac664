import type { ReactNode } from 'react'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { DraftPreview } from '@/components/preview/DraftPreview'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getSettings } from '@/lib/sanity/queries/settings'

// The App Router's pages (search, draft previews, old addresses) in the same chrome as the
// Pages Router's reading pages; only here can a draft preview bring its overlays.
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [settings, previewing] = await Promise.all([getSettings(), isPreviewing()])
  return (
    <SiteChrome settings={settings} preview={previewing ? <DraftPreview /> : null}>
      {children}
    </SiteChrome>
  )
}
