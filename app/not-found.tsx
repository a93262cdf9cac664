import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { getSettings } from '@/lib/sanity/queries/settings'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

// Rendered for any unknown URL, and for a Pages Router reading page that answers notFound (Next
// renders every 404 through the App Router's not-found page once the app directory exists). It
// brings the site chrome itself because it sits outside the (site) layout.
export default async function NotFound() {
  return (
    <SiteChrome settings={await getSettings()}>
      <NotFoundMessage />
    </SiteChrome>
  )
}
