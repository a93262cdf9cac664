import { messages } from '../../i18n/messages'
import { breadcrumbsFor } from '../../navigation/breadcrumbs'
import { pathsFor } from '../../navigation/paths'
import type { FaqWithTopics } from '../../sanity/queries/faqs'
import { indexPageSeo } from './indexPageSeo'

/** The hub's questions as an FAQPage: every question the page shows, with its answer. */
export const faqSeo = indexPageSeo<FaqWithTopics>({
  path: (language) => pathsFor(language).faq,
  trail: (language) => breadcrumbsFor(language).faq(),
  describe: ({ settings, items }) => messages(settings.language).seo.faq(settings.clinicName, items.length),
  holds: ({ title, items }) => ({ type: 'WebPage', faqs: { name: title, entries: items } }),
})
