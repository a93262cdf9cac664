import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'
import { messages } from '../i18n/messages'
import { pathsFor } from './paths'

/** One step of a breadcrumb trail. The last step is the current page. */
export type Breadcrumb = { name: string; path: string }
export type BreadcrumbTrail = Breadcrumb[]

// The visible breadcrumbs and the BreadcrumbList JSON-LD are both built from these trails,
// so what a reader sees and what a crawler reads cannot drift apart. Each trail is in the page's
// language and stays among that language's pages.

/** The trails of one language's pages. */
export function breadcrumbsFor(language: Language) {
  const paths = pathsFor(language)
  const m = messages(language).breadcrumbs
  const HOME: Breadcrumb = { name: m.home, path: paths.home }
  const BLOG: Breadcrumb = { name: m.blog, path: paths.blog }
  const TOPICS: Breadcrumb = { name: m.topics, path: paths.topics }
  const AUTHORS: Breadcrumb = { name: m.authors, path: paths.authors }
  return {
    blog: (page = 1): BreadcrumbTrail =>
      page <= 1 ? [HOME, BLOG] : [HOME, BLOG, { name: m.page(page), path: paths.blogPage(page) }],
    article: (article: { title: string; slug: string }): BreadcrumbTrail => [
      HOME,
      BLOG,
      { name: article.title, path: paths.article(article.slug) },
    ],
    topics: (): BreadcrumbTrail => [HOME, TOPICS],
    // A sub-topic sits under its parent topic (WordPress's category tree), one level shown.
    topic: (topic: {
      title: string
      slug: string
      parent?: { title: string; slug: string } | null
    }): BreadcrumbTrail => [
      HOME,
      TOPICS,
      ...(topic.parent ? [{ name: topic.parent.title, path: paths.topic(topic.parent.slug) }] : []),
      { name: topic.title, path: paths.topic(topic.slug) },
    ],
    authors: (): BreadcrumbTrail => [HOME, AUTHORS],
    author: (person: { name: string; slug: string }): BreadcrumbTrail => [
      HOME,
      AUTHORS,
      { name: person.name, path: paths.author(person.slug) },
    ],
    faq: (): BreadcrumbTrail => [HOME, { name: m.faq, path: paths.faq }],
    search: (): BreadcrumbTrail => [HOME, { name: m.search, path: paths.search }],
    editorialPolicy: (): BreadcrumbTrail => [HOME, { name: m.editorialPolicy, path: paths.editorialPolicy }],
  }
}

/** The English trails (the default language's), for callers that have no language yet. */
export const breadcrumbs = breadcrumbsFor(DEFAULT_LANGUAGE)
