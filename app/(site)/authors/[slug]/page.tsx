import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { PersonArticles } from '@/components/people/PersonArticles'
import { PersonProfile } from '@/components/people/PersonProfile'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { getPerson } from '@/lib/sanity/queries/person'
import { getPersonSlugs } from '@/lib/sanity/queries/people'
import { profileGraph, profileMetadata } from '@/lib/seo/pages/people'
import { slugRoute, type SlugPageProps } from '@/app/(site)/_routes/slugRoute'

const route = slugRoute({ slugs: getPersonSlugs, load: getPerson, metadata: profileMetadata })

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata

export default async function AuthorPage(props: SlugPageProps) {
  const { doc: person, settings } = await route.find(props)
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
}
