import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { searchArticles } from '@/lib/sanity/queries/search'
import { getSettings } from '@/lib/sanity/queries/settings'
import { MAX_QUERY_LENGTH, parseSearchInput } from '@/lib/content/searchInput'
import { searchGraph, searchMetadata } from '@/lib/seo/pages/search'
import { isContentUnavailable } from '@/lib/sanity/contentUnavailable'
import { ContentUnavailable } from '@/components/layout/ContentUnavailable'

const TITLE = 'Search'

// Result pages are endless and thin: crawlers may follow their links but not index them.
export async function generateMetadata(): Promise<Metadata> {
  const [settings, draft] = await Promise.all([getSettings(), isPreviewing()])
  return searchMetadata({ settings, title: TITLE, draft })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  const input = parseSearchInput((await searchParams).q)
  let found: [Awaited<ReturnType<typeof searchArticles>>, Awaited<ReturnType<typeof getSettings>>]
  try {
    found = await Promise.all([searchArticles(input.terms), getSettings()])
  } catch (error) {
    // Every search is rendered on request, so it is the page an outage of the Content Lake
    // reaches first. Said here, in the server's HTML, the message reads without JavaScript; the
    // error boundary would leave an empty document until hydration. The page is dynamic
    // (no-store) and not indexed, so the answer (200) is never kept by a cache.
    if (!isContentUnavailable(error)) throw error
    return <ContentUnavailable />
  }
  const [{ total, hits }, settings] = found
  return (
    <>
      <JsonLd graph={searchGraph({ settings, title: TITLE })} />
      <Breadcrumbs trail={breadcrumbs.search()} />
      <h1>{TITLE}</h1>
      <SearchForm defaultValue={input.text} />
      {input.truncated ? <p>Only the first {MAX_QUERY_LENGTH} characters of your search were used.</p> : null}
      {input.terms.length > 0 ? (
        <SearchResults text={input.text} terms={input.terms} total={total} hits={hits} />
      ) : input.text ? (
        <p>Type a word or two to search for; punctuation on its own finds nothing.</p>
      ) : (
        <p>Search the titles, text, key takeaways and questions of every article.</p>
      )}
    </>
  )
}
