import type { ReactNode } from 'react'
import { FaqGroups } from '@/components/faq/FaqGroups'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { PeopleList } from '@/components/people/PeopleList'
import { JsonLd } from '@/components/seo/JsonLd'
import { TopicList } from '@/components/topics/TopicList'
import { groupFaqsByTopic } from '@/lib/content/faqsByTopic'
import type { Language } from '@/lib/i18n/languages'
import { messages, type Messages } from '@/lib/i18n/messages'
import { faqSeo } from '@/lib/seo/pages/faq'
import type { IndexPageSeo } from '@/lib/seo/pages/indexPageSeo'
import { peopleIndexSeo } from '@/lib/seo/pages/people'
import { topicsIndexSeo } from '@/lib/seo/pages/topics'
import type { ReadingProps, ReadingView } from './readingRoute'

export type IndexProps<Item> = ReadingProps & { items: Item[] }

type IndexPage<Item> = {
  /** The page's heading and title, in the page's language. */
  title: (m: Messages) => string
  seo: IndexPageSeo<Item>
  /** What stands under the heading, given the list; it says so when the list is empty. */
  body: (items: Item[], language: Language) => ReactNode
}

/**
 * A page that lists things (the topics, the people, the FAQ hub): its head and the page under
 * its breadcrumbs and heading, both from the same list, so the head describes what the page shows.
 */
function indexPage<Item>({ title: titleOf, seo, body }: IndexPage<Item>): ReadingView<IndexProps<Item>> {
  return {
    metadata: ({ items, settings }, { draft }) =>
      seo.metadata({ settings, title: titleOf(messages(settings.language)), items, draft }),
    View({ items, settings }) {
      const { language } = settings
      const title = titleOf(messages(language))
      return (
        <>
          <JsonLd graph={seo.graph({ settings, title, items })} />
          <Breadcrumbs trail={seo.trail(language)} language={language} />
          <h1>{title}</h1>
          {body(items, language)}
        </>
      )
    },
  }
}

export const topicsView = indexPage({
  title: (m) => m.topics.title,
  seo: topicsIndexSeo,
  body: (topics, language) =>
    topics.length > 0 ? (
      <TopicList topics={topics} headingLevel="h2" language={language} />
    ) : (
      <p>{messages(language).topics.none}</p>
    ),
})

export const peopleView = indexPage({
  title: (m) => m.people.title,
  seo: peopleIndexSeo,
  body: (people, language) => (
    <>
      <p>{messages(language).people.intro}</p>
      {people.length > 0 ? <PeopleList people={people} language={language} /> : <p>{messages(language).people.none}</p>}
    </>
  ),
})

export const faqView = indexPage({
  title: (m) => m.faq.title,
  seo: faqSeo,
  body: (faqs, language) =>
    faqs.length > 0 ? (
      <>
        <p>{messages(language).faq.intro}</p>
        <FaqGroups groups={groupFaqsByTopic(faqs)} language={language} />
      </>
    ) : (
      <p>{messages(language).faq.none}</p>
    ),
})
