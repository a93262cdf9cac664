import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { getSettings } from '@/lib/sanity/queries/settings'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

// Rendered for any unknown URL, and for a Pages Router reading page that answers notFound (Next
// renders every 404 through the App Router's not-found page once the app directory exists). It
// brings the site chrome itself because it sits outside the (site) layout. Next renders it once,
// without the address, so it cannot tell an English reader from a Spanish one: the message is in
// every published language, each with links to its own pages.
export default async function NotFound() {
  const settings = await getSettings()
  return (
    <SiteChrome settings={settings}>
      <NotFoundMessage languages={settings.languages} />
    </SiteChrome>
  )
}
