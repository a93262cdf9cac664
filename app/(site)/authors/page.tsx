import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { PeopleList } from '@/components/people/PeopleList'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getPeople } from '@/lib/sanity/queries/people'
import { getSettings } from '@/lib/sanity/queries/settings'
import { peopleIndexGraph, peopleIndexMetadata } from '@/lib/seo/pages/people'

const TITLE = 'Authors and reviewers'

export async function generateMetadata(): Promise<Metadata> {
  const [people, settings, draft] = await Promise.all([getPeople(), getSettings(), isPreviewing()])
  return peopleIndexMetadata({ settings, title: TITLE, people, draft })
}

export default async function AuthorsPage() {
  const [people, settings] = await Promise.all([getPeople(), getSettings()])
  return (
    <>
      <JsonLd graph={peopleIndexGraph({ settings, title: TITLE, people })} />
      <Breadcrumbs trail={breadcrumbs.authors()} />
      <h1>{TITLE}</h1>
      <p>The people who write and medically review the articles on this site.</p>
      {people.length > 0 ? <PeopleList people={people} /> : <p>No articles have been published yet.</p>}
    </>
  )
}
