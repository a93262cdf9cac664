import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { breadcrumbs } from '../../navigation/breadcrumbs'
import { paths } from '../../navigation/paths'
import { pageGraph } from '../jsonLd/pageGraph'
import { pageMetadata } from '../pageMetadata'
import type { SeoContext } from './seoContext'

type EditorialPolicySeo = SeoContext & { title: string }

const describe = ({ settings }: EditorialPolicySeo) =>
  `How ${settings.clinicName} writes its articles, has them medically reviewed, keeps reviews current and corrects mistakes.`

export function editorialPolicyMetadata(input: EditorialPolicySeo): Metadata {
  return pageMetadata({
    title: input.title,
    description: describe(input),
    path: paths.editorialPolicy,
    settings: input.settings,
    draft: input.draft,
  })
}

/** A plain WebPage; the clinic node's publishingPrinciples points here. */
export function editorialPolicyGraph(input: EditorialPolicySeo): Graph {
  return pageGraph({
    settings: input.settings,
    type: 'WebPage',
    path: paths.editorialPolicy,
    name: input.title,
    description: describe(input),
    trail: breadcrumbs.editorialPolicy(),
  })
}
