import type { Metadata } from 'next'
import type { ReactElement } from 'react'
import type { RedirectTarget } from '@/lib/sanity/queries/redirect'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import type { Language, PageTranslation } from '@/lib/i18n/languages'

/** What loading a reading page gives: the page's data, a 404, or a redirect to where it moved. */
export type Loaded<Props> = { props: Props } | { notFound: true } | { redirect: RedirectTarget }

/**
 * Every reading page shows the clinic's settings (in the page's language) in its chrome and head,
 * and links to its versions in the other languages (the switcher, hreflang): `translations` holds
 * every language version of the page that exists, its own included.
 */
export type ReadingProps = { settings: SiteSettings; translations: PageTranslation[] }

/**
 * What one reading page reads, on the server only (routes/pageData.ts). Params are the page's
 * path parameters.
 */
export type ReadingData<Params, Props extends ReadingProps> = {
  load: (params: Params, language: Language) => Promise<Loaded<Props>>
}

/**
 * What one reading page shows, for both routers: the Pages Router serves it to readers as static
 * HTML with no JavaScript (routes/pagesRouter.tsx), the App Router serves an editor's draft
 * preview of it (routes/previewRoute.tsx). Apart from its data, because a Pages Router page is
 * also compiled for the browser, where the data's server-only imports cannot go.
 */
export type ReadingView<Props extends ReadingProps> = {
  metadata: (props: Props, context: { draft: boolean }) => Metadata
  View: (props: Props) => ReactElement
}

export const notFound = { notFound: true } as const

/** A slug route's params, as both routers hand them over. */
export type SlugParams = { slug: string }

/** A page with no path parameters. */
export type NoParams = Record<string, never>
