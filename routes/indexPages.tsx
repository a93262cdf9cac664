import type { ReactNode } from 'react'
import { FaqGroups } from '@/components/faq/FaqGroups'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { PeopleList } from '@/components/people/PeopleList'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicList } from '@/components/topics/TopicList'
import { groupFaqsByTopic } from '@/lib/content/faqsByTopic'
import { faqSeo } from '@/lib/seo/pages/faq'
import type { IndexPageSeo } from '@/lib/seo/pages/indexPageSeo'
import { peopleIndexSeo } from '@/lib/seo/pages/people'
import { topicsIndexSeo } from '@/lib/seo/pages/topics'
import type { ReadingProps, ReadingView } from './readingRoute'

export type IndexProps<Item> = ReadingProps & { items: Item[] }

type IndexPage<Item> = {
  title: string
  seo: IndexPageSeo<Item>
  /** What stands under the heading, given the list; it says so when the list is empty. */
  body: (items: Item[]) => ReactNode
}

/**
 * A page that lists things (the topics, the people, the FAQ hub): its head and the page under
 * its breadcrumbs and heading, both from the same list, so the head describes what the page shows.
 */
function indexPage<Item>({ title, seo, body }: IndexPage<Item>): ReadingView<IndexProps<Item>> {
  return {
    metadata: ({ items, settings }, { draft }) => seo.metadata({ settings, title, items, draft }),
    View: ({ items, settings }) => (
      <>
        <JsonLd graph={seo.graph({ settings, title, items })} />
        <Breadcrumbs trail={seo.trail} />
        <h1>{title}</h1>
        {body(items)}
      </>
    ),
  }
}

export const topicsView = indexPage({
  title: 'Topics',
  seo: topicsIndexSeo,
  body: (topics) =>
    topics.length > 0 ? <TopicList topics={topics} headingLevel="h2" /> : <p>No topics have been set up yet.</p>,
})

export const peopleView = indexPage({
  title: 'Authors and reviewers',
  seo: peopleIndexSeo,
  body: (people) => (
    <>
      <p>The people who write and medically review the articles on this site.</p>
      {people.length > 0 ? <PeopleList people={people} /> : <p>No articles have been published yet.</p>}
    </>
  ),
})

export const faqView = indexPage({
  title: 'Frequently asked questions',
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
