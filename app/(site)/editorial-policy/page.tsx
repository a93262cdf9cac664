import type { Metadata } from 'next'
import { EditorialPolicyView } from '@/components/editorialPolicy/EditorialPolicyView'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { editorialPolicySections } from '@/lib/content/editorialPolicy'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getEditorialPolicy } from '@/lib/sanity/queries/editorialPolicy'
import { getSettings } from '@/lib/sanity/queries/settings'
import { editorialPolicyGraph, editorialPolicyMetadata } from '@/lib/seo/pages/editorialPolicy'

const TITLE = 'Editorial policy'

export async function generateMetadata(): Promise<Metadata> {
  const [settings, draft] = await Promise.all([getSettings(), isPreviewing()])
  return editorialPolicyMetadata({ settings, title: TITLE, draft })
}

export default async function EditorialPolicyPage() {
  const [policy, settings] = await Promise.all([getEditorialPolicy(), getSettings()])
  return (
    <>
      <JsonLd graph={editorialPolicyGraph({ settings, title: TITLE })} />
      <Breadcrumbs trail={breadcrumbs.editorialPolicy()} />
      <h1>{TITLE}</h1>
      <p>How {settings.clinicName} writes, reviews and corrects the articles on this site.</p>
      <EditorialPolicyView sections={editorialPolicySections(policy, settings.clinicName)} />
    </>
  )
}
