import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { listPhrase, messages } from '../../i18n/messages'
import { breadcrumbsFor } from '../../navigation/breadcrumbs'
import { pathsFor } from '../../navigation/paths'
import type { Topic } from '../../sanity/queries/topic'
import type { TopicSummary } from '../../sanity/queries/topics'
import { pickDescription, trimToLength } from '../description'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'
import { indexPageSeo } from './indexPageSeo'
import type { SeoContext } from './seoContext'

export const topicsIndexSeo = indexPageSeo<TopicSummary>({
  path: (language) => pathsFor(language).topics,
  trail: (language) => breadcrumbsFor(language).topics(),
  describe: ({ settings, items }) => {
    const names = items.map((topic) => topic.title)
    return trimToLength(
      messages(settings.language).seo.topics(
        settings.clinicName,
        names.length > 0 ? listPhrase(settings.language, names) : null,
      ),
    )
  },
  holds: ({ items, settings }) => ({
    type: 'CollectionPage',
    items: items.map((topic) => ({ name: topic.title, path: pathsFor(settings.language).topic(topic.slug) })),
  }),
})

export function topicDescription(topic: Topic, { settings }: SeoContext): string {
  return (
    pickDescription([topic.description], messages(settings.language).seo.topic(settings.clinicName, topic.title)) ??
    topic.title
  )
}

/** A topic without articles is a thin page: it stays out of search results until it has one. */
export function topicMetadata(topic: Topic, context: SeoContext): Metadata {
  return pageMetadata({
    title: topic.title,
    description: topicDescription(topic, context),
    path: pathsFor(context.settings.language).topic(topic.slug),
    settings: context.settings,
    noindex: topic.articles.length === 0,
    draft: context.draft,
  })
}

export function topicGraph(topic: Topic, context: SeoContext): Graph {
  const { language } = context.settings
  const paths = pathsFor(language)
  return pageGraph({
    settings: context.settings,
    type: 'CollectionPage',
    path: paths.topic(topic.slug),
    name: topic.title,
    description: topicDescription(topic, context),
    trail: breadcrumbsFor(language).topic(topic),
    about: [topic],
    items: topic.articles.map((article) => ({ name: article.title, path: paths.article(article.slug) })),
    faqs: { name: messages(language).seo.topicFaqs(topic.title), entries: topic.faqs },
  })
}
