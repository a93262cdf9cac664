import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { breadcrumbs } from '../../navigation/breadcrumbs'
import { paths } from '../../navigation/paths'
import type { FaqWithTopics } from '../../sanity/queries/faqs'
import type { SiteSettings } from '../../sanity/queries/settings'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'

type FaqSeo = { settings: SiteSettings; title: string; faqs: FaqWithTopics[]; draft?: boolean }

export function faqDescription({ settings, faqs }: FaqSeo): string {
  const count = faqs.length === 1 ? 'one question' : `${faqs.length} questions`
  return `Answers from ${settings.clinicName} to ${count} patients ask, grouped by topic.`
}

export function faqMetadata(input: FaqSeo): Metadata {
  return pageMetadata({
    title: input.title,
    description: faqDescription(input),
    path: paths.faq,
    settings: input.settings,
    draft: input.draft,
  })
}

/** The hub's questions as an FAQPage: every question the page shows, with its answer. */
export function faqGraph(input: FaqSeo): Graph {
  return pageGraph({
    settings: input.settings,
    type: 'WebPage',
    path: paths.faq,
    name: input.title,
    description: faqDescription(input),
    trail: breadcrumbs.faq(),
    faqs: { name: input.title, entries: input.faqs },
  })
}
