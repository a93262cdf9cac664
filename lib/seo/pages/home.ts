import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { paths } from '../../navigation/paths'
import type { SiteSettings } from '../../sanity/queries/settings'
import type { TopicSummary } from '../../sanity/queries/topics'
import type { ArticleCard } from '../../sanity/schemas/common'
import { trimToLength } from '../description'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'
import { listPhrase } from './listPhrase'

type HomeSeo = { settings: SiteSettings; topics: TopicSummary[]; draft?: boolean }

export const homeTitle = (settings: SiteSettings) => `${settings.clinicName} blog`

/** What the blog is about, from the topics it has articles on. */
export function homeDescription({ settings, topics }: HomeSeo): string {
  const covered = topics.filter((topic) => topic.articleCount > 0).map((topic) => topic.title)
  if (covered.length === 0) return `Articles from ${settings.clinicName}.`
  return trimToLength(`Articles from ${settings.clinicName} on ${listPhrase(covered)}.`)
}

export function homeMetadata(input: HomeSeo): Metadata {
  return pageMetadata({
    title: homeTitle(input.settings),
    absoluteTitle: true,
    description: homeDescription(input),
    path: paths.home,
    settings: input.settings,
    draft: input.draft,
  })
}

/** The home page lists the newest articles. */
export function homeGraph(input: HomeSeo & { articles: ArticleCard[] }): Graph {
  return pageGraph({
    settings: input.settings,
    type: 'CollectionPage',
    path: paths.home,
    name: homeTitle(input.settings),
    description: homeDescription(input),
    trail: [],
    items: input.articles.map((article) => ({ name: article.title, path: paths.article(article.slug) })),
  })
}
