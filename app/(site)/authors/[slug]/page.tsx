import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { PersonArticles } from '@/components/people/PersonArticles'
import { PersonProfile } from '@/components/people/PersonProfile'
import { breadcrumbs } from '@/lib/navigation/breadcrumbs'
import { isPreviewing } from '@/lib/sanity/isPreviewing'
import { getPerson } from '@/lib/sanity/queries/person'
import { getPersonSlugs } from '@/lib/sanity/queries/people'
import { getSettings } from '@/lib/sanity/queries/settings'
import { profileGraph, profileMetadata } from '@/lib/seo/pages/people'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getPersonSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [person, settings, draft] = await Promise.all([getPerson((await params).slug), getSettings(), isPreviewing()])
  return person ? profileMetadata({ settings, person, draft }) : {}
}

export default async function AuthorPage({ params }: Props) {
  const [person, settings] = await Promise.all([getPerson((await params).slug), getSettings()])
  if (!person) notFound()
  const hasArticles = person.written.length + person.reviewed.length > 0
  return (
    <>
      <JsonLd graph={profileGraph({ settings, person })} />
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
