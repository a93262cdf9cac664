import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { PersonArticles } from '@/components/people/PersonArticles'
import { PersonProfile } from '@/components/people/PersonProfile'
import { JsonLd } from '@/components/seo/JsonLd'
import { messages } from '@/lib/i18n/messages'
import { breadcrumbsFor } from '@/lib/navigation/breadcrumbs'
import type { Person } from '@/lib/sanity/queries/person'
import { profileGraph, profileMetadata } from '@/lib/seo/pages/people'
import type { ReadingProps, ReadingView } from './readingRoute'

export type PersonProps = ReadingProps & { person: Person }

export const personView: ReadingView<PersonProps> = {
  metadata: ({ person, settings }, { draft }) => profileMetadata(person, { settings, draft }),
  View({ person, settings }) {
    const hasArticles = person.written.length + person.reviewed.length > 0
    const { language } = settings
    const m = messages(language).people
    return (
      <>
        <JsonLd graph={profileGraph(person, { settings })} />
        <Breadcrumbs trail={breadcrumbsFor(language).author(person)} language={language} />
        <PersonProfile person={person} language={language} />
        <PersonArticles
          id="articles-written"
          title={m.written(person.name)}
          articles={person.written}
          language={language}
        />
        <PersonArticles
          id="articles-reviewed"
          title={m.reviewed(person.name)}
          articles={person.reviewed}
          language={language}
        />
        {hasArticles ? null : <p>{m.noArticles(person.name)}</p>}
      </>
    )
  },
}
