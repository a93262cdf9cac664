import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { breadcrumbs } from '../../navigation/breadcrumbs'
import { paths } from '../../navigation/paths'
import type { Topic } from '../../sanity/queries/topic'
import type { TopicSummary } from '../../sanity/queries/topics'
import { pickDescription, trimToLength } from '../description'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'
import { indexPageSeo } from './indexPageSeo'
import { listPhrase } from './listPhrase'
import type { SeoContext } from './seoContext'

export const topicsIndexSeo = indexPageSeo<TopicSummary>({
  path: paths.topics,
  trail: breadcrumbs.topics(),
  describe: ({ settings, items }) => {
    const names = items.map((topic) => topic.title)
    return trimToLength(
      `The topics ${settings.clinicName} writes about${names.length > 0 ? `: ${listPhrase(names)}` : ''}.`,
    )
  },
  holds: ({ items }) => ({
    type: 'CollectionPage',
    items: items.map((topic) => ({ name: topic.title, path: paths.topic(topic.slug) })),
  }),
})

export function topicDescription(topic: Topic, { settings }: SeoContext): string {
  return (
    pickDescription([topic.description], `Articles about ${topic.title} from ${settings.clinicName}.`) ?? topic.title
  )
}

/** A topic without articles is a thin page: it stays out of search results until it has one. */
export function topicMetadata(topic: Topic, context: SeoContext): Metadata {
  return pageMetadata({
    title: topic.title,
    description: topicDescription(topic, context),
    path: paths.topic(topic.slug),
    settings: context.settings,
    noindex: topic.articles.length === 0,
    draft: context.draft,
  })
}

export function topicGraph(topic: Topic, context: SeoContext): Graph {
  return pageGraph({
    settings: context.settings,
    type: 'CollectionPage',
    path: paths.topic(topic.slug),
    name: topic.title,
    description: topicDescription(topic, context),
    trail: breadcrumbs.topic(topic),
    about: [topic],
    items: topic.articles.map((article) => ({ name: article.title, path: paths.article(article.slug) })),
    faqs: { name: `Questions and answers about ${topic.title}`, entries: topic.faqs },
  })
}
