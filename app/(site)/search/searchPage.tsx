import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContentUnavailable } from '@/components/layout/ContentUnavailable'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { isContentUnavailable } from '@/lib/sanity/contentUnavailable'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getSettings } from '@/lib/sanity/queries/settings'
import { searchMetadata } from '@/lib/seo/pages/search'
import { searchData } from '@/routes/pageData'
import { searchView } from '@/routes/search'

// The App Router's search (/search): the view of routes/search.tsx, also served in Spanish by the
// Pages Router at /es/search (pages/es/search.tsx).

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Result pages are endless and thin: crawlers may follow their links but not index them.
export async function searchPageMetadata(language: Language): Promise<Metadata> {
  const [settings, draft] = await Promise.all([getSettings(language), isPreviewing()])
  return searchMetadata({ settings, title: messages(language).search.title, draft })
}

/** The search page in `language`: a function the page returns, so a test can await what it renders. */
export async function renderSearchPage(language: Language, searchParams: SearchParams) {
  const { q } = await searchParams
  let loaded: Awaited<ReturnType<typeof searchData.load>>
  try {
    loaded = await searchData.load({ q }, language)
  } catch (error) {
    // Every search is rendered on request, so it is the page an outage of the Content Lake
    // reaches first. Said here, in the server's HTML, the message reads without JavaScript; the
    // error boundary would leave an empty document until hydration. The page is dynamic
    // (no-store) and not indexed, so the answer (200) is never kept by a cache.
    if (!isContentUnavailable(error)) throw error
    return <ContentUnavailable language={language} />
  }
  // A language the clinic does not publish has no pages, its search included.
  if (!('props' in loaded)) notFound()
  return <searchView.View {...loaded.props} />
}
