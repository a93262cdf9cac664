import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { TopicList } from '@/components/topics/TopicList'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { getTopics } from '@/lib/sanity/queries/topics'

export const metadata: Metadata = { title: 'Topics' }

export default async function TopicsPage() {
  const topics = await getTopics()
  return (
    <>
      <Breadcrumbs trail={breadcrumbs.topics()} />
      <h1>Topics</h1>
      {topics.length > 0 ? <TopicList topics={topics} headingLevel="h2" /> : <p>No topics have been set up yet.</p>}
    </>
  )
}
