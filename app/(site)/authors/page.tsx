import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { PeopleList } from '@/components/people/PeopleList'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { getPeople } from '@/lib/sanity/queries/people'

export const metadata: Metadata = { title: 'Authors and reviewers' }

export default async function AuthorsPage() {
  const people = await getPeople()
  return (
    <>
      <Breadcrumbs trail={breadcrumbs.authors()} />
      <h1>Authors and reviewers</h1>
      <p>The people who write and medically review the articles on this site.</p>
      {people.length > 0 ? <PeopleList people={people} /> : <p>No articles have been published yet.</p>}
    </>
  )
}
