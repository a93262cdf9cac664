import { CrisisResources } from '@/components/article/CrisisResources'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicArticles } from '@/components/topics/TopicArticles'
import { TopicFaqs } from '@/components/topics/TopicFaqs'
import { TopicFamily } from '@/components/topics/TopicFamily'
import { TopicHeader } from '@/components/topics/TopicHeader'
import { TopicTakeaways } from '@/components/topics/TopicTakeaways'
import { groupTakeawaysByArticle } from '@/lib/content/takeawaysByArticle'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import type { Topic } from '@/lib/sanity/queries/topic'
import { topicGraph, topicMetadata } from '@/lib/seo/pages/topics'
import type { ReadingProps, ReadingView } from './readingRoute'

export type TopicProps = ReadingProps & { topic: Topic }

export const topicView: ReadingView<TopicProps> = {
  metadata: ({ topic, settings }, { draft }) => topicMetadata(topic, { settings, draft }),
  View: ({ topic, settings }) => (
    <>
      <JsonLd graph={topicGraph(topic, { settings })} />
      <Breadcrumbs trail={breadcrumbs.topic(topic)} />
      <TopicHeader title={topic.title} description={topic.description} />
      <TopicFamily parent={topic.parent} subtopics={topic.subtopics} />
      <CrisisResources resources={topic.showCrisisResources ? settings.crisisResources : []} id="crisis-resources" />
      <TopicArticles articles={topic.articles} />
      <TopicTakeaways groups={groupTakeawaysByArticle(topic.takeaways)} />
      <TopicFaqs faqs={topic.faqs} />
    </>
  ),
}
