import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { breadcrumbs } from '../../navigation/breadcrumbs'
import { paths } from '../../navigation/paths'
import type { SiteSettings } from '../../sanity/queries/settings'
import type { Topic } from '../../sanity/queries/topic'
import type { TopicSummary } from '../../sanity/queries/topics'
import { pickDescription, trimToLength } from '../description'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'
import { listPhrase } from './listPhrase'

type TopicsIndexSeo = { settings: SiteSettings; title: string; topics: TopicSummary[]; draft?: boolean }

export function topicsIndexDescription({ settings, topics }: TopicsIndexSeo): string {
  const names = topics.map((topic) => topic.title)
  return trimToLength(
    `The topics ${settings.clinicName} writes about${names.length > 0 ? `: ${listPhrase(names)}` : ''}.`,
  )
}

export function topicsIndexMetadata(input: TopicsIndexSeo): Metadata {
  return pageMetadata({
    title: input.title,
    description: topicsIndexDescription(input),
    path: paths.topics,
    settings: input.settings,
    draft: input.draft,
  })
}

export function topicsIndexGraph(input: TopicsIndexSeo): Graph {
  return pageGraph({
    settings: input.settings,
    type: 'CollectionPage',
    path: paths.topics,
    name: input.title,
    description: topicsIndexDescription(input),
    trail: breadcrumbs.topics(),
    items: input.topics.map((topic) => ({ name: topic.title, path: paths.topic(topic.slug) })),
  })
}

type TopicSeo = { settings: SiteSettings; topic: Topic; draft?: boolean }

export function topicDescription({ settings, topic }: TopicSeo): string {
  return (
    pickDescription([topic.description], `Articles about ${topic.title} from ${settings.clinicName}.`) ?? topic.title
  )
}

/** A topic without articles is a thin page: it stays out of search results until it has one. */
export function topicMetadata(input: TopicSeo): Metadata {
  return pageMetadata({
    title: input.topic.title,
    description: topicDescription(input),
    path: paths.topic(input.topic.slug),
    settings: input.settings,
    noindex: input.topic.articles.length === 0,
    draft: input.draft,
  })
}

export function topicGraph(input: TopicSeo): Graph {
  const { topic } = input
  return pageGraph({
    settings: input.settings,
    type: 'CollectionPage',
    path: paths.topic(topic.slug),
    name: topic.title,
    description: topicDescription(input),
    trail: breadcrumbs.topic(topic),
    about: [topic],
    items: topic.articles.map((article) => ({ name: article.title, path: paths.article(article.slug) })),
    faqs: { name: `Questions and answers about ${topic.title}`, entries: topic.faqs },
  })
}
