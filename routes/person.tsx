import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { PersonArticles } from '@/components/people/PersonArticles'
import { PersonProfile } from '@/components/people/PersonProfile'
import { JsonLd } from '@/components/seo/JsonLd'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import type { Person } from '@/lib/sanity/queries/person'
import { profileGraph, profileMetadata } from '@/lib/seo/pages/people'
import type { ReadingProps, ReadingView } from './readingRoute'

export type PersonProps = ReadingProps & { person: Person }

export const personView: ReadingView<PersonProps> = {
  metadata: ({ person, settings }, { draft }) => profileMetadata(person, { settings, draft }),
  View({ person, settings }) {
    const hasArticles = person.written.length + person.reviewed.length > 0
    return (
      <>
        <JsonLd graph={profileGraph(person, { settings })} />
        <Breadcrumbs trail={breadcrumbs.author(person)} />
        <PersonProfile person={person} />
        <PersonArticles id="articles-written" title={`Articles by ${person.name}`} articles={person.written} />
        <PersonArticles
          id="articles-reviewed"
          title={`Articles medically reviewed by ${person.name}`}
          articles={person.reviewed}
        />
        {hasArticles ? null : <p>{person.name} has no published articles yet.</p>}
      </>
    )
  },
}
