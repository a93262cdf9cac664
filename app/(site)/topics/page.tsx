import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicList } from '@/components/topics/TopicList'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getSettings } from '@/lib/sanity/queries/settings'
import { getTopics } from '@/lib/sanity/queries/topics'
import { topicsIndexGraph, topicsIndexMetadata } from '@/lib/seo/pages/topics'

const TITLE = 'Topics'

export async function generateMetadata(): Promise<Metadata> {
  const [topics, settings, draft] = await Promise.all([getTopics(), getSettings(), isPreviewing()])
  return topicsIndexMetadata({ settings, title: TITLE, topics, draft })
}

export default async function TopicsPage() {
  const [topics, settings] = await Promise.all([getTopics(), getSettings()])
  return (
    <>
      <JsonLd graph={topicsIndexGraph({ settings, title: TITLE, topics })} />
      <Breadcrumbs trail={breadcrumbs.topics()} />
      <h1>{TITLE}</h1>
      {topics.length > 0 ? <TopicList topics={topics} headingLevel="h2" /> : <p>No topics have been set up yet.</p>}
    </>
  )
}
