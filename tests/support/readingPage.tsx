import type { Metadata } from 'next'
import type { ReactElement } from 'react'
import { previewRoute, type PreviewPageProps } from '@/routes/previewRoute'

/** The search parameters of a URL as Next hands them to a page: a repeated key becomes an array. */
export function searchParamsOf(url: URL): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {}
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key)
    params[key] = values.length === 1 ? (values[0] as string) : values
  }
  return params
}

/**
 * Renders a reading page (such as "/blog/some-slug" or "/blog?page=2") through the App Router's
 * preview route, which outside draft mode shows the published page: the same route, view and
 * outcome (Next's notFound() and redirects) a reader's page has. Settle it with pageOutcome.
 */
export function readingPage(href: string): Promise<ReactElement> {
  return previewRoute.Page(previewProps(href))
}

/** A reading page's metadata, as the preview route gives it (outside draft mode: the published page's). */
export function readingMetadata(href: string): Promise<Metadata> {
  return previewRoute.generateMetadata(previewProps(href))
}

// What Next passes the preview route's page for a site path: its segments (still percent-encoded;
// the route decodes them) and its query.
function previewProps(href: string): PreviewPageProps {
  const url = new URL(href, 'http://site.test')
  return {
    params: Promise.resolve({ path: url.pathname.split('/').filter(Boolean) }),
    searchParams: Promise.resolve(searchParamsOf(url)),
  }
}
