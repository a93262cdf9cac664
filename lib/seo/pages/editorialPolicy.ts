import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { messages } from '../../i18n/messages'
import { breadcrumbsFor } from '../../navigation/breadcrumbs'
import { pathsFor } from '../../navigation/paths'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'
import type { SeoContext } from './seoContext'

type EditorialPolicySeo = SeoContext & { title: string }

const describe = ({ settings }: EditorialPolicySeo) =>
  messages(settings.language).seo.editorialPolicy(settings.clinicName)

export function editorialPolicyMetadata(input: EditorialPolicySeo): Metadata {
  return pageMetadata({
    title: input.title,
    description: describe(input),
    path: pathsFor(input.settings.language).editorialPolicy,
    settings: input.settings,
    draft: input.draft,
  })
}

/** A plain WebPage; the clinic node's publishingPrinciples points here. */
export function editorialPolicyGraph(input: EditorialPolicySeo): Graph {
  return pageGraph({
    settings: input.settings,
    type: 'WebPage',
    path: pathsFor(input.settings.language).editorialPolicy,
    name: input.title,
    description: describe(input),
    trail: breadcrumbsFor(input.settings.language).editorialPolicy(),
  })
}
