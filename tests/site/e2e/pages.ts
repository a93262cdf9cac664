// The pages the browser suite visits: the routes of DESIGN.md, with the bundled content's
// slugs. Adding a page is one line here.

import { EXAMPLE_ARTICLE_PATH } from '@/tooling/exampleArticle'
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
]

/** Files for crawlers and feed readers: fetched, not rendered. */
export const FILES: { path: string; contentType: string }[] = [
  { path: '/robots.txt', contentType: 'text/plain' },
  { path: '/sitemap.xml', contentType: 'application/xml' },
  { path: '/feed.xml', contentType: 'application/rss+xml' },
  { path: '/feed.atom', contentType: 'application/atom+xml' },
]
