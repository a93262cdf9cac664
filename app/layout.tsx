import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { getSettings } from '@/lib/sanity/queries/settings'
import { siteUrl } from '@/lib/navigation/siteUrl'
import { siteViewport } from '@/components/seo/PageHead'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  return {
    metadataBase: new URL(siteUrl),
    title: { default: settings.clinicName, template: `%s | ${settings.clinicName}` },
    applicationName: settings.clinicName,
  }
}

export const viewport: Viewport = siteViewport

// The site's pages and the Studio share only the document shell; the site chrome lives in (site).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body id="top">{children}</body>
    </html>
  )
}
