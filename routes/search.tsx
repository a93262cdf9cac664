import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'
import { MAX_QUERY_LENGTH, type SearchInput } from '@/lib/content/searchInput'
import { messages } from '@/lib/i18n/messages'
import { breadcrumbsFor } from '@/lib/navigation/breadcrumbs'
import type { SearchHit } from '@/lib/sanity/queries/search'
import { searchGraph, searchMetadata } from '@/lib/seo/pages/search'
import type { ReadingProps, ReadingView } from './readingRoute'

export type SearchProps = ReadingProps & { input: SearchInput; total: number; hits: SearchHit[] }

/** The search form and what it found, in the page's language (routes/pageData.ts searchData). */
function SearchView({ settings, input, total, hits }: SearchProps) {
  const { language } = settings
  const m = messages(language).search
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

// Result pages are endless and thin: crawlers may follow their links but not index them.
export const searchView: ReadingView<SearchProps> = {
  metadata: ({ settings }, { draft }) =>
    searchMetadata({ settings, title: messages(settings.language).search.title, draft }),
  View: SearchView,
}
