import { breadcrumbs } from '../../navigation/breadcrumbs'
import { paths } from '../../navigation/paths'
import type { FaqWithTopics } from '../../sanity/queries/faqs'
import { indexPageSeo } from './indexPageSeo'

/** The hub's questions as an FAQPage: every question the page shows, with its answer. */
export const faqSeo = indexPageSeo<FaqWithTopics>({
  path: paths.faq,
  trail: breadcrumbs.faq(),
  describe: ({ settings, items }) => {
    const count = items.length === 1 ? 'one question' : `${items.length} questions`
    return `Answers from ${settings.clinicName} to ${count} patients ask, grouped by topic.`
  },
  holds: ({ title, items }) => ({ type: 'WebPage', faqs: { name: title, entries: items } }),
})
