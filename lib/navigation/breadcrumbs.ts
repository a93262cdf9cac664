import { paths } from './paths'

/** One step of a breadcrumb trail. The last step is the current page. */
export type Breadcrumb = { name: string; path: string }
export type BreadcrumbTrail = Breadcrumb[]

// The visible breadcrumbs and the BreadcrumbList JSON-LD are both built from these trails,
// so what a reader sees and what a crawler reads cannot drift apart.

const HOME: Breadcrumb = { name: 'Home', path: paths.home }
const BLOG: Breadcrumb = { name: 'Blog', path: paths.blog }
const TOPICS: Breadcrumb = { name: 'Topics', path: paths.topics }
const AUTHORS: Breadcrumb = { name: 'Authors', path: paths.authors }

export const breadcrumbs = {
  blog: (page = 1): BreadcrumbTrail =>
    page <= 1 ? [HOME, BLOG] : [HOME, BLOG, { name: `Page ${page}`, path: paths.blogPage(page) }],
  article: (article: { title: string; slug: string }): BreadcrumbTrail => [
    HOME,
    BLOG,
    { name: article.title, path: paths.article(article.slug) },
  ],
  topics: (): BreadcrumbTrail => [HOME, TOPICS],
  // A sub-topic sits under its parent topic (WordPress's category tree), one level shown.
  topic: (topic: { title: string; slug: string; parent?: { title: string; slug: string } | null }): BreadcrumbTrail => [
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
  faq: (): BreadcrumbTrail => [HOME, { name: 'Frequently asked questions', path: paths.faq }],
  search: (): BreadcrumbTrail => [HOME, { name: 'Search', path: paths.search }],
  editorialPolicy: (): BreadcrumbTrail => [HOME, { name: 'Editorial policy', path: paths.editorialPolicy }],
}
