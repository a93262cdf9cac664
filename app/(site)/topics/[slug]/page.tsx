import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CrisisResources } from '@/components/article/CrisisResources'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicArticles } from '@/components/topics/TopicArticles'
import { TopicFaqs } from '@/components/topics/TopicFaqs'
import { TopicFamily } from '@/components/topics/TopicFamily'
import { TopicHeader } from '@/components/topics/TopicHeader'
import { TopicTakeaways } from '@/components/topics/TopicTakeaways'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getSettings } from '@/lib/sanity/queries/settings'
import { getTopic } from '@/lib/sanity/queries/topic'
import { getTopicSlugs } from '@/lib/sanity/queries/topics'
import { topicGraph, topicMetadata } from '@/lib/seo/pages/topics'
import { groupTakeawaysByArticle } from '@/lib/content/takeawaysByArticle'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getTopicSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [topic, settings, draft] = await Promise.all([getTopic((await params).slug), getSettings(), isPreviewing()])
  return topic ? topicMetadata({ settings, topic, draft }) : {}
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params
  const [topic, settings] = await Promise.all([getTopic(slug), getSettings()])
  if (!topic) notFound()
  return (
    <>
      <JsonLd graph={topicGraph({ settings, topic })} />
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
