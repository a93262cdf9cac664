import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { breadcrumbs } from '../../navigation/breadcrumbs'
import { paths } from '../../navigation/paths'
import { pageCount, pageSlice } from '../../navigation/pagination'
import type { ArticleIndex } from '../../sanity/queries/articleIndex'
import type { SiteSettings } from '../../sanity/queries/settings'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'

type BlogIndexSeo = { settings: SiteSettings; page: number; total: number; draft?: boolean }

/** The heading and title of one page of the index. */
export const blogIndexTitle = (page: number) => (page > 1 ? `All articles, page ${page}` : 'All articles')

export function blogIndexDescription({ settings, page, total }: BlogIndexSeo): string {
  const count = total === 1 ? 'The one article' : `All ${total} articles`
  const pages = pageCount(total)
  return `${count} from ${settings.clinicName}, newest first${pages > 1 ? ` (page ${page} of ${pages})` : ''}.`
}

/** Each page of the index is its own canonical URL (/blog, /blog?page=2…), as Google advises. */
export function blogIndexMetadata(input: BlogIndexSeo): Metadata {
  return pageMetadata({
    title: blogIndexTitle(input.page),
    description: blogIndexDescription(input),
    path: paths.blogPage(input.page),
    settings: input.settings,
    draft: input.draft,
  })
}

export function blogIndexGraph(input: BlogIndexSeo & { articles: ArticleIndex['articles'] }): Graph {
  return pageGraph({
    settings: input.settings,
    type: 'CollectionPage',
    path: paths.blogPage(input.page),
    name: blogIndexTitle(input.page),
    description: blogIndexDescription(input),
    trail: breadcrumbs.blog(input.page),
    items: input.articles.map((article) => ({ name: article.title, path: paths.article(article.slug) })),
    firstPosition: pageSlice(input.page).start + 1,
  })
}
