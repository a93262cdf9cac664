import type { Metadata } from 'next'
import { FaqGroups } from '@/components/faq/FaqGroups'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { groupFaqsByTopic } from '@/lib/content/faqsByTopic'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getFaqs } from '@/lib/sanity/queries/faqs'
import { getSettings } from '@/lib/sanity/queries/settings'
import { faqGraph, faqMetadata } from '@/lib/seo/pages/faq'

const TITLE = 'Frequently asked questions'

export async function generateMetadata(): Promise<Metadata> {
  const [faqs, settings, draft] = await Promise.all([getFaqs(), getSettings(), isPreviewing()])
  return faqMetadata({ settings, title: TITLE, faqs, draft })
}

export default async function FaqPage() {
  const [faqs, settings] = await Promise.all([getFaqs(), getSettings()])
  return (
    <>
      <JsonLd graph={faqGraph({ settings, title: TITLE, faqs })} />
      <Breadcrumbs trail={breadcrumbs.faq()} />
      <h1>{TITLE}</h1>
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
