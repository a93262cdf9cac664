import { FaqGroups } from '@/components/faq/FaqGroups'
import { groupFaqsByTopic } from '@/lib/content/faqsByTopic'
import { getFaqs } from '@/lib/sanity/queries/faqs'
import { faqSeo } from '@/lib/seo/pages/faq'
import { indexRoute } from '@/app/(site)/_routes/indexRoute'

const route = indexRoute({
  title: 'Frequently asked questions',
  load: getFaqs,
  seo: faqSeo,
  body: (faqs) =>
    faqs.length > 0 ? (
      <>
        <p>Answers to the questions our articles cover, grouped by topic. Select a question to show its answer.</p>
        <FaqGroups groups={groupFaqsByTopic(faqs)} />
      </>
    ) : (
      <p>No questions have been answered yet.</p>
    ),
})

export const generateMetadata = route.generateMetadata
export default route.IndexPage
