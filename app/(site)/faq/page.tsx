import type { Metadata } from 'next'
import { FaqGroups } from '@/components/faq/FaqGroups'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { groupFaqsByTopic } from '@/lib/faq/groupByTopic'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { getFaqs } from '@/lib/sanity/queries/faqs'

export const metadata: Metadata = { title: 'Frequently asked questions' }

export default async function FaqPage() {
  const faqs = await getFaqs()
  return (
    <>
      <Breadcrumbs trail={breadcrumbs.faq()} />
      <h1>Frequently asked questions</h1>
      {faqs.length > 0 ? (
        <>
          <p>Answers to the questions our articles cover, grouped by topic. Select a question to show its answer.</p>
          <FaqGroups groups={groupFaqsByTopic(faqs)} />
        </>
      ) : (
        <p>No questions have been answered yet.</p>
      )}
    </>
  )
}
