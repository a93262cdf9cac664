// The pages the browser suite visits: the routes of DESIGN.md, with the bundled content's
// slugs. Adding a page is one line here.

import { EXAMPLE_ARTICLE_PATH, EXAMPLE_TRANSLATION_PATH } from '@/tooling/exampleArticle'
import { EXAMPLE_AUTHOR } from '../../support/exampleContent'

export const ARTICLE_PATH = EXAMPLE_ARTICLE_PATH

export type PageSpec = {
  name: string
  path: string
  status: 200 | 404
  /** Run axe-core on it (WCAG 2.2 A/AA), in the light and the dark theme. */
  axe: boolean
  /** Not a reader page (no site header, main and footer), like the Studio. */
  outsideSite?: true
  /**
   * A 404 at a reading page's address: Next draws it with the App Router's not-found page and its
   * scripts, which the reading pages' policy refuses (docs/performance.md).
   */
  scriptsRefused?: true
}

export const PAGES: PageSpec[] = [
  { name: 'home', path: '/', status: 200, axe: true },
  { name: 'blog index', path: '/blog', status: 200, axe: true },
  { name: 'blog index, page 2', path: '/blog?page=2', status: 200, axe: false },
  { name: 'example article', path: ARTICLE_PATH, status: 200, axe: true },
  { name: 'topics', path: '/topics', status: 200, axe: true },
  { name: 'topic', path: '/topics/postpartum-depression', status: 200, axe: true },
  { name: 'authors', path: '/authors', status: 200, axe: true },
  { name: 'author', path: EXAMPLE_AUTHOR.path, status: 200, axe: true },
  { name: 'FAQ', path: '/faq', status: 200, axe: true },
  { name: 'search results', path: '/search?q=ketamine', status: 200, axe: true },
  { name: 'search form', path: '/search', status: 200, axe: false },
  { name: 'unknown article', path: '/blog/nope', status: 404, axe: false, scriptsRefused: true },
  { name: '404 page', path: '/no-such-page', status: 404, axe: true },
  { name: 'studio', path: '/studio', status: 200, axe: false, outsideSite: true },
  // The Spanish edition: the same pages under /es, in Spanish (lang="es" checked by axe too).
  { name: 'Spanish home', path: '/es', status: 200, axe: true },
  { name: 'Spanish blog index', path: '/es/blog', status: 200, axe: true },
  { name: 'Spanish example article', path: EXAMPLE_TRANSLATION_PATH, status: 200, axe: true },
  { name: 'Spanish topics', path: '/es/topics', status: 200, axe: true },
  { name: 'Spanish topic', path: '/es/topics/depresion-posparto', status: 200, axe: true },
  { name: 'Spanish authors', path: '/es/authors', status: 200, axe: true },
  { name: 'Spanish author', path: `/es${EXAMPLE_AUTHOR.path}`, status: 200, axe: true },
  { name: 'Spanish FAQ', path: '/es/faq', status: 200, axe: true },
  { name: 'Spanish editorial policy', path: '/es/editorial-policy', status: 200, axe: true },
  { name: 'Spanish search results', path: '/es/search?q=ketamina', status: 200, axe: true },
  { name: 'unknown Spanish article', path: '/es/blog/nope', status: 404, axe: false, scriptsRefused: true },
  // An English slug is no Spanish page: each language has its own slugs.
  { name: 'English slug under /es', path: `/es${ARTICLE_PATH}`, status: 404, axe: false, scriptsRefused: true },
]

/** Files for crawlers and feed readers: fetched, not rendered. */
export const FILES: { path: string; contentType: string }[] = [
  { path: '/robots.txt', contentType: 'text/plain' },
  { path: '/sitemap.xml', contentType: 'application/xml' },
  { path: '/feed.xml', contentType: 'application/rss+xml' },
  { path: '/feed.atom', contentType: 'application/atom+xml' },
  { path: '/es/feed.xml', contentType: 'application/rss+xml' },
  { path: '/es/feed.atom', contentType: 'application/atom+xml' },
  { path: '/llms.txt', contentType: 'text/plain' },
  { path: '/es/llms.txt', contentType: 'text/plain' },
]
