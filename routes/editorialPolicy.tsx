import { EditorialPolicyView } from '@/components/editorialPolicy/EditorialPolicyView'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { editorialPolicySections } from '@/lib/content/editorialPolicy'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import type { EditorialPolicy } from '@/lib/sanity/queries/editorialPolicy'
import { editorialPolicyGraph, editorialPolicyMetadata } from '@/lib/seo/pages/editorialPolicy'
import type { ReadingProps, ReadingView } from './readingRoute'

const TITLE = 'Editorial policy'

export type EditorialPolicyProps = ReadingProps & { policy: EditorialPolicy }

export const editorialPolicyView: ReadingView<EditorialPolicyProps> = {
  metadata: ({ settings }, { draft }) => editorialPolicyMetadata({ settings, title: TITLE, draft }),
  View: ({ policy, settings }) => (
    <>
      <JsonLd graph={editorialPolicyGraph({ settings, title: TITLE })} />
      <Breadcrumbs trail={breadcrumbs.editorialPolicy()} />
      <h1>{TITLE}</h1>
      <p>How {settings.clinicName} writes, reviews and corrects the articles on this site.</p>
      <EditorialPolicyView sections={editorialPolicySections(policy, settings.clinicName)} />
    </>
  ),
}
