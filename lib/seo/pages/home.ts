import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { listPhrase, messages } from '../../i18n/messages'
import { pathsFor } from '../../navigation/paths'
import type { SiteSettings } from '../../sanity/queries/settings'
import type { TopicSummary } from '../../sanity/queries/topics'
import type { ArticleCard } from '../../sanity/schemas/common'
import { trimToLength } from '../description'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'

type HomeSeo = { settings: SiteSettings; topics: TopicSummary[]; draft?: boolean }

export const homeTitle = (settings: SiteSettings) => messages(settings.language).home.title(settings.clinicName)

/** What the blog is about, from the topics it has articles on. */
export function homeDescription({ settings, topics }: HomeSeo): string {
  const m = messages(settings.language).seo
  const covered = topics.filter((topic) => topic.articleCount > 0).map((topic) => topic.title)
  if (covered.length === 0) return m.homeEmpty(settings.clinicName)
  return trimToLength(m.home(settings.clinicName, listPhrase(settings.language, covered)))
}

export function homeMetadata(input: HomeSeo): Metadata {
  return pageMetadata({
    title: homeTitle(input.settings),
    absoluteTitle: true,
    description: homeDescription(input),
    path: pathsFor(input.settings.language).home,
    settings: input.settings,
    draft: input.draft,
  })
}

/** The home page lists the newest articles. */
export function homeGraph(input: HomeSeo & { articles: ArticleCard[] }): Graph {
  const paths = pathsFor(input.settings.language)
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
