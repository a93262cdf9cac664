import { EditorialPolicyView } from '@/components/editorialPolicy/EditorialPolicyView'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { editorialPolicySections } from '@/lib/content/editorialPolicy'
import { messages } from '@/lib/i18n/messages'
import { breadcrumbsFor } from '@/lib/navigation/breadcrumbs'
import type { EditorialPolicy } from '@/lib/sanity/queries/editorialPolicy'
import { editorialPolicyGraph, editorialPolicyMetadata } from '@/lib/seo/pages/editorialPolicy'
import type { ReadingProps, ReadingView } from './readingRoute'

export type EditorialPolicyProps = ReadingProps & { policy: EditorialPolicy }

export const editorialPolicyView: ReadingView<EditorialPolicyProps> = {
  metadata: ({ settings }, { draft }) =>
    editorialPolicyMetadata({ settings, title: messages(settings.language).editorialPolicy.title, draft }),
  View({ policy, settings }) {
    const { language } = settings
    const m = messages(language).editorialPolicy
    return (
      <>
        <JsonLd graph={editorialPolicyGraph({ settings, title: m.title })} />
        <Breadcrumbs trail={breadcrumbsFor(language).editorialPolicy()} language={language} />
        <h1>{m.title}</h1>
        <p>{m.intro(settings.clinicName)}</p>
        <EditorialPolicyView
          sections={editorialPolicySections(policy, settings.clinicName, language)}
          language={language}
        />
      </>
    )
  },
}
