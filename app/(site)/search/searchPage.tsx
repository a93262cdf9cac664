import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'
import { ContentUnavailable } from '@/components/layout/ContentUnavailable'
import { MAX_QUERY_LENGTH, parseSearchInput } from '@/lib/content/searchInput'
import type { Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { breadcrumbsFor } from '@/lib/navigation/breadcrumbs'
import { isContentUnavailable } from '@/lib/sanity/contentUnavailable'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { searchArticles } from '@/lib/sanity/queries/search'
import { getSettings } from '@/lib/sanity/queries/settings'
import { searchGraph, searchMetadata } from '@/lib/seo/pages/search'

// One search page per language (app/(site)/search, app/(es)/es/search): each searches its own
// language's articles and speaks that language.

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Result pages are endless and thin: crawlers may follow their links but not index them.
export async function searchPageMetadata(language: Language): Promise<Metadata> {
  const [settings, draft] = await Promise.all([getSettings(language), isPreviewing()])
  return searchMetadata({ settings, title: messages(language).search.title, draft })
}

/** The search page in `language`: a function the pages return, so a test can await what it renders. */
export async function renderSearchPage(language: Language, searchParams: SearchParams) {
  const input = parseSearchInput((await searchParams).q)
  const m = messages(language).search
  let found: [Awaited<ReturnType<typeof searchArticles>>, Awaited<ReturnType<typeof getSettings>>]
  try {
    const settings = await getSettings(language)
    // A language the clinic does not publish has no pages, its search included.
    if (!settings.languages.includes(language)) notFound()
    found = [await searchArticles(input.terms, language), settings]
  } catch (error) {
    // Every search is rendered on request, so it is the page an outage of the Content Lake
    // reaches first. Said here, in the server's HTML, the message reads without JavaScript; the
    // error boundary would leave an empty document until hydration. The page is dynamic
    // (no-store) and not indexed, so the answer (200) is never kept by a cache.
    if (!isContentUnavailable(error)) throw error
    return <ContentUnavailable language={language} />
  }
  const [{ total, hits }, settings] = found
  return (
    <>
      <JsonLd graph={searchGraph({ settings, title: m.title })} />
      <Breadcrumbs trail={breadcrumbsFor(language).search()} language={language} />
      <h1>{m.title}</h1>
      <SearchForm defaultValue={input.text} language={language} />
      {input.truncated ? <p>{m.truncated(MAX_QUERY_LENGTH)}</p> : null}
      {input.terms.length > 0 ? (
        <SearchResults text={input.text} terms={input.terms} total={total} hits={hits} language={language} />
      ) : input.text ? (
        <p>{m.nothingToSearch}</p>
      ) : (
        <p>{m.hint}</p>
      )}
    </>
  )
}
