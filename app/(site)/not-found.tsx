import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/layout/NotFoundMessage'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

// notFound() anywhere under (site), the catch-all for unknown paths included, lands here, inside
// the site layout; the root not-found would draw the header, main and footer a second time.
export default function SiteNotFound() {
  return <NotFoundMessage />
}
