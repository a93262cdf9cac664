import type { ReactElement } from 'react'
import ArticlePage from '@/app/(site)/blog/[slug]/page'
import BlogIndexPage from '@/app/(site)/blog/page'
import LegacyPathPage from '@/app/(site)/[...path]/page'
import AuthorPage from '@/app/(site)/authors/[slug]/page'
import AuthorsPage from '@/app/(site)/authors/page'
import EditorialPolicyPage from '@/app/(site)/editorial-policy/page'
import FaqPage from '@/app/(site)/faq/page'
import HomePage from '@/app/(site)/page'
import SearchPage from '@/app/(site)/search/page'
import TopicPage from '@/app/(site)/topics/[slug]/page'
import TopicsPage from '@/app/(site)/topics/page'
import { outcomeOf, type Outcome } from './pageOutcome'

type SearchParams = Record<string, string | string[]>

function searchParamsOf(url: URL): SearchParams {
  const params: SearchParams = {}
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key)
    params[key] = values.length === 1 ? (values[0] as string) : values
  }
  return params
}

// The app's routes, matched as Next matches them: static segments first, then dynamic ones,
// then the catch-all. Each page is called as Next calls it, with promised params.
function pageFor(url: URL): Promise<ReactElement> {
  const searchParams = Promise.resolve(searchParamsOf(url))
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  const [first, second, ...rest] = segments
  if (segments.length === 0) return HomePage()
  if (rest.length === 0) {
    if (first === 'blog' && second === undefined) return BlogIndexPage({ searchParams })
    if (first === 'blog' && second) return ArticlePage({ params: Promise.resolve({ slug: second }) })
    if (first === 'topics' && second === undefined) return TopicsPage()
    if (first === 'topics' && second) return TopicPage({ params: Promise.resolve({ slug: second }) })
    if (first === 'authors' && second === undefined) return AuthorsPage()
    if (first === 'authors' && second) return AuthorPage({ params: Promise.resolve({ slug: second }) })
    if (first === 'faq' && second === undefined) return FaqPage()
    if (first === 'search' && second === undefined) return SearchPage({ searchParams })
    if (first === 'editorial-policy' && second === undefined) return EditorialPolicyPage()
  }
  return LegacyPathPage({ params: Promise.resolve({ path: segments }) })
}

/** Renders the route for a site-relative URL such as "/blog?page=2" and reports the outcome. */
export function visit(href: string): Promise<Outcome> {
  return outcomeOf(pageFor(new URL(href, 'http://site.test')))
}
