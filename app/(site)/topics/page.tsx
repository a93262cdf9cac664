import { TopicList } from '@/components/topics/TopicList'
import { getTopics } from '@/lib/sanity/queries/topics'
import { topicsIndexSeo } from '@/lib/seo/pages/topics'
import { indexRoute } from '@/app/(site)/_routes/indexRoute'

const route = indexRoute({
  title: 'Topics',
  load: getTopics,
  seo: topicsIndexSeo,
  body: (topics) =>
    topics.length > 0 ? <TopicList topics={topics} headingLevel="h2" /> : <p>No topics have been set up yet.</p>,
})

export const generateMetadata = route.generateMetadata
export default route.IndexPage
