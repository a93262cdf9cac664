import { CrisisResources } from '@/components/article/CrisisResources'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicArticles } from '@/components/topics/TopicArticles'
import { TopicFaqs } from '@/components/topics/TopicFaqs'
import { TopicFamily } from '@/components/topics/TopicFamily'
import { TopicHeader } from '@/components/topics/TopicHeader'
import { TopicTakeaways } from '@/components/topics/TopicTakeaways'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { getTopic } from '@/lib/sanity/queries/topic'
import { getTopicSlugs } from '@/lib/sanity/queries/topics'
import { topicGraph, topicMetadata } from '@/lib/seo/pages/topics'
import { groupTakeawaysByArticle } from '@/lib/content/takeawaysByArticle'
import { slugRoute, type SlugPageProps } from '@/app/(site)/_routes/slugRoute'

const route = slugRoute({ slugs: getTopicSlugs, load: getTopic, metadata: topicMetadata })

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata

export default async function TopicPage(props: SlugPageProps) {
  const { doc: topic, settings } = await route.find(props)
  return (
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
  )
}
