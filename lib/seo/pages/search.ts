import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { messages } from '../../i18n/messages'
import { breadcrumbsFor } from '../../navigation/breadcrumbs'
import { pathsFor } from '../../navigation/paths'
import type { SiteSettings } from '../../sanity/queries/settings'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'

type SearchSeo = { settings: SiteSettings; title: string; draft?: boolean }

const searchDescription = ({ settings }: SearchSeo) => messages(settings.language).seo.search(settings.clinicName)

/** Result pages are endless and thin: crawlers may follow their links but never index them. */
export function searchMetadata(input: SearchSeo): Metadata {
  return pageMetadata({
    title: input.title,
    description: searchDescription(input),
    path: pathsFor(input.settings.language).search,
    settings: input.settings,
    noindex: true,
    draft: input.draft,
  })
}

export function searchGraph(input: SearchSeo): Graph {
  return pageGraph({
    settings: input.settings,
    type: 'SearchResultsPage',
    path: pathsFor(input.settings.language).search,
    name: input.title,
    description: searchDescription(input),
    trail: breadcrumbsFor(input.settings.language).search(),
  })
}
