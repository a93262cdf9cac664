import type { ReactElement } from 'react'
import LegacyPathPage from '@/app/(site)/[...path]/page'
import SearchPage from '@/app/(site)/search/page'
import { isReadingPath } from '@/lib/navigation/paths'
import { outcomeOf, type Outcome } from './pageOutcome'
import { readingPage, searchParamsOf } from './readingPage'

// The site's routes, matched as Next matches them: the reading pages, the search page, then the
// catch-all of old addresses. Each page is called as Next calls it, with promised params.
function pageFor(url: URL): Promise<ReactElement> {
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  if (isReadingPath(url.pathname)) return readingPage(url.pathname + url.search)
  if (segments.length === 1 && segments[0] === 'search')
    return SearchPage({ searchParams: Promise.resolve(searchParamsOf(url)) })
  return LegacyPathPage({ params: Promise.resolve({ path: segments }) })
}

/** Renders the route for a site-relative URL such as "/blog?page=2" and reports the outcome. */
export function visit(href: string): Promise<Outcome> {
  return outcomeOf(pageFor(new URL(href, 'http://site.test')))
}
