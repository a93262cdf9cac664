import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
import { getSettings } from '@/lib/sanity/queries/settings'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

// notFound() anywhere under (site), the catch-all for unknown paths included, lands here, inside
// the site layout; the root not-found would draw the header, main and footer a second time. A
// not-found page is not given the address, so it speaks every published language.
export default async function SiteNotFound() {
  const settings = await getSettings()
  return <NotFoundMessage languages={settings.languages} />
}
