import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { searchArticles } from '@/lib/sanity/queries/search'
import { MAX_QUERY_LENGTH, parseSearchInput } from '@/lib/search/searchInput'

// Result pages are endless and thin: crawlers may follow their links but not index them.
export const metadata: Metadata = { title: 'Search', robots: { index: false, follow: true } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  const input = parseSearchInput((await searchParams).q)
  const { total, hits } = await searchArticles(input.terms)
  return (
    <>
      <Breadcrumbs trail={breadcrumbs.search()} />
      <h1>Search</h1>
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
