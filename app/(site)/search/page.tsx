import type { Metadata } from 'next'
import { renderSearchPage, searchPageMetadata, type SearchParams } from './searchPage'

export function generateMetadata(): Promise<Metadata> {
  return searchPageMetadata('en')
}

export default function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  return renderSearchPage('en', searchParams)
}
