import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
import { SiteChrome } from '@/components/layout/SiteChrome'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

// Rendered for any unknown URL and for notFound() in a page; it brings the site chrome itself
// because it sits outside the (site) layout.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  )
}
