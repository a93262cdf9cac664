import type { Metadata } from 'next'
import { renderSearchPage, searchPageMetadata, type SearchParams } from '../../../(site)/search/searchPage'

// The Spanish search: Spanish articles only, in the Spanish chrome of app/(es)/layout.tsx; 404
// while the clinic does not publish Spanish.
export function generateMetadata(): Promise<Metadata> {
  return searchPageMetadata('es')
}

export default function SpanishSearchPage({ searchParams }: { searchParams: SearchParams }) {
  return renderSearchPage('es', searchParams)
}
