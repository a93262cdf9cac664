import type { Metadata } from 'next'
import type { ReactElement } from 'react'
import { notFound, permanentRedirect, redirect } from 'next/navigation'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@/lib/i18n/languages'
import type { RedirectTarget } from '@/lib/sanity/queries/redirect'
import { articleView } from './article'
import { blogIndexView } from './blogIndex'
import { editorialPolicyView } from './editorialPolicy'
import { homeView } from './home'
import { faqView, peopleView, topicsView } from './indexPages'
import {
  articleData,
  blogIndexData,
  editorialPolicyData,
  faqData,
  homeData,
  peopleData,
  personData,
  topicData,
  topicsData,
} from './pageData'
import { personView } from './person'
import type { ReadingData, ReadingProps, ReadingView } from './readingRoute'
import { topicView } from './topic'

type Found =
  { notFound: true } | { redirect: RedirectTarget } | { metadata: (draft: boolean) => Metadata; view: ReactElement }

// Each reading route takes its own params and props: they are bound here, where the path tells
// which route it is, so the page below only sees a head and a view.
function bind<Params, Props extends ReadingProps>(
  data: ReadingData<Params, Props>,
  { metadata, View }: ReadingView<Props>,
  params: Params,
) {
  return async (language: Language): Promise<Found> => {
    const loaded = await data.load(params, language)
    if (!('props' in loaded)) return loaded
    const { props } = loaded
    return { metadata: (draft) => metadata(props, { draft }), view: <View {...props} /> }
  }
}

/** The reading route and params of a site path, as the Pages Router would match it. */
function match(segments: string[], page: string | undefined): ((language: Language) => Promise<Found>) | null {
  const [first, slug, ...rest] = segments
  if (rest.length > 0) return null
  if (first === undefined) return bind(homeData, homeView, {})
  if (slug === undefined) {
    if (first === 'blog') return bind(blogIndexData, blogIndexView, page === undefined ? {} : { page })
    if (first === 'topics') return bind(topicsData, topicsView, {})
    if (first === 'authors') return bind(peopleData, peopleView, {})
    if (first === 'faq') return bind(faqData, faqView, {})
    if (first === 'editorial-policy') return bind(editorialPolicyData, editorialPolicyView, {})
    return null
  }
  if (first === 'blog') return bind(articleData, articleView, { slug })
  if (first === 'topics') return bind(topicData, topicView, { slug })
  if (first === 'authors') return bind(personData, personView, { slug })
  return null
}

export type PreviewPageProps = {
  params: Promise<{ path?: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Next hands over catch-all segments still percent-encoded; one that is not valid encoding is
// kept as sent (and finds nothing).
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

async function find({ params, searchParams }: PreviewPageProps): Promise<Found | null> {
  const [{ path = [] }, query] = await Promise.all([params, searchParams])
  // A repeated ?page= is no page number: '' is refused like any other, as the proxy does for readers.
  const page = Array.isArray(query.page) ? '' : query.page
  const segments = path.map(decodeSegment)
  // /preview/es/blog/x previews /es/blog/x: the same routes, in the language their prefix names.
  const prefixed = isLanguage(segments[0]) && segments[0] !== DEFAULT_LANGUAGE ? segments[0] : null
  const language = prefixed ?? DEFAULT_LANGUAGE
  return (await match(prefixed ? segments.slice(1) : segments, page)?.(language)) ?? null
}

/**
 * A reading page as an editor previews it: the same route as the Pages Router's page, rendered by
 * the App Router so the Presentation tool's overlays can run. Without draft mode (a stale or forged
 * cookie) it shows the published page, as the reader's page would.
 */
export const previewRoute = {
  async generateMetadata(props: PreviewPageProps): Promise<Metadata> {
    // Always as a draft (noindex, nofollow): even without draft mode this address is a copy of a
    // reading page, never a page of its own.
    const found = await find(props)
    return found && 'metadata' in found ? found.metadata(true) : {}
  },

  async Page(props: PreviewPageProps) {
    const found = await find(props)
    if (!found || 'notFound' in found) notFound()
    if ('redirect' in found) {
      const { destination, permanent } = found.redirect
      if (permanent) permanentRedirect(destination)
      redirect(destination)
    }
    return found.view
  },
}
