import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages'
import { messages } from '../../i18n/messages'
import { breadcrumbsFor } from '../../navigation/breadcrumbs'
import { pathsFor } from '../../navigation/paths'
import { pageCount, pageSlice } from '../../navigation/pagination'
import type { ArticleIndex } from '../../sanity/queries/articleIndex'
import type { SiteSettings } from '../../sanity/queries/settings'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'

type BlogIndexSeo = { settings: SiteSettings; page: number; total: number; draft?: boolean }

/** The heading and title of one page of the index. */
export const blogIndexTitle = (page: number, language: Language = DEFAULT_LANGUAGE) =>
  messages(language).blogIndex.title(page)

export function blogIndexDescription({ settings, page, total }: BlogIndexSeo): string {
  return messages(settings.language).seo.blogIndex(settings.clinicName, total, page, pageCount(total))
}

/** Each page of the index is its own canonical URL (/blog, /blog?page=2…), as Google advises. */
export function blogIndexMetadata(input: BlogIndexSeo): Metadata {
  return pageMetadata({
    title: blogIndexTitle(input.page, input.settings.language),
    description: blogIndexDescription(input),
    path: pathsFor(input.settings.language).blogPage(input.page),
    settings: input.settings,
    draft: input.draft,
  })
}

export function blogIndexGraph(input: BlogIndexSeo & { articles: ArticleIndex['articles'] }): Graph {
  const { language } = input.settings
  const paths = pathsFor(language)
  return pageGraph({
    settings: input.settings,
    type: 'CollectionPage',
    path: paths.blogPage(input.page),
    name: blogIndexTitle(input.page, language),
    description: blogIndexDescription(input),
    trail: breadcrumbsFor(language).blog(input.page),
    items: input.articles.map((article) => ({ name: article.title, path: paths.article(article.slug) })),
    firstPosition: pageSlice(input.page).start + 1,
  })
}
