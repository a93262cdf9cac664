import type { FaqWithTopics } from '../sanity/queries/faqs'
import type { TopicRef } from '../sanity/schemas/common'

export type FaqGroup = { topic: TopicRef | null; faqs: FaqWithTopics[] }

/**
 * FAQs under their first topic, the one an editor lists first and so the one it is mostly
 * about. Listing an FAQ under every topic it has would repeat most questions two or three
 * times on one page. Groups are ordered by topic title; FAQs without a topic come last.
 */
export function groupFaqsByTopic(faqs: FaqWithTopics[]): FaqGroup[] {
  const groups = new Map<string, FaqGroup>()
  const untopical: FaqWithTopics[] = []
  for (const faq of faqs) {
    const topic = faq.topics[0]
    if (!topic) {
      untopical.push(faq)
      continue
    }
    const group = groups.get(topic._id) ?? { topic, faqs: [] }
    group.faqs.push(faq)
    groups.set(topic._id, group)
  }
  const sorted = [...groups.values()].sort((a, b) => (a.topic?.title ?? '').localeCompare(b.topic?.title ?? ''))
  return untopical.length > 0 ? [...sorted, { topic: null, faqs: untopical }] : sorted
}
