import { CrisisResources } from '@/components/article/CrisisResources'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicArticles } from '@/components/topics/TopicArticles'
import { TopicFaqs } from '@/components/topics/TopicFaqs'
import { TopicFamily } from '@/components/topics/TopicFamily'
import { TopicHeader } from '@/components/topics/TopicHeader'
import { TopicTakeaways } from '@/components/topics/TopicTakeaways'
import { groupTakeawaysByArticle } from '@/lib/content/takeawaysByArticle'
import { breadcrumbsFor } from '@/lib/navigation/breadcrumbs'
import type { Topic } from '@/lib/sanity/queries/topic'
import { topicGraph, topicMetadata } from '@/lib/seo/pages/topics'
import type { ReadingProps, ReadingView } from './readingRoute'

export type TopicProps = ReadingProps & { topic: Topic }

export const topicView: ReadingView<TopicProps> = {
  metadata: ({ topic, settings }, { draft }) => topicMetadata(topic, { settings, draft }),
  View({ topic, settings }) {
    const { language } = settings
    return (
      <>
        <JsonLd graph={topicGraph(topic, { settings })} />
        <Breadcrumbs trail={breadcrumbsFor(language).topic(topic)} language={language} />
        <TopicHeader title={topic.title} description={topic.description} />
        <TopicFamily parent={topic.parent} subtopics={topic.subtopics} language={language} />
        <CrisisResources
          resources={topic.showCrisisResources ? settings.crisisResources : []}
          id="crisis-resources"
          language={language}
        />
        <TopicArticles articles={topic.articles} language={language} />
        <TopicTakeaways groups={groupTakeawaysByArticle(topic.takeaways)} language={language} />
        <TopicFaqs faqs={topic.faqs} language={language} />
      </>
    )
  },
}
