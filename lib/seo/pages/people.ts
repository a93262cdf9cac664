import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { breadcrumbs } from '../../navigation/breadcrumbs'
import { paths } from '../../navigation/paths'
import type { Person } from '../../sanity/queries/person'
import type { PersonRef } from '../../sanity/schemas/common'
import { SOCIAL_CARD_SIZE } from '../socialCard'
import { pickDescription } from '../description'
import { pageGraph } from '../jsonLd/pageGraph'
import { profilePersonNode } from '../jsonLd/profile'
import { pageMetadata } from '../pageMetadata'
import { servedImage } from '../servedImage'
import { indexPageSeo } from './indexPageSeo'
import type { SeoContext } from './seoContext'

export const peopleIndexSeo = indexPageSeo<PersonRef>({
  path: paths.authors,
  trail: breadcrumbs.authors(),
  describe: ({ settings }) => `The people who write and medically review the articles of ${settings.clinicName}.`,
  holds: ({ items }) => ({
    type: 'CollectionPage',
    items: items.map((person) => ({ name: person.name, path: paths.author(person.slug) })),
  }),
})

export const profileTitle = (person: Person) =>
  person.credentials ? `${person.name}, ${person.credentials}` : person.name

export function profileDescription(person: Person, { settings }: SeoContext): string {
  return (
    pickDescription([], person.bio ?? person.role ?? '') ??
    `Articles written and medically reviewed by ${person.name} for ${settings.clinicName}.`
  )
}

/** A person with no published article has a thin page: it stays out of search results. */
export function profileMetadata(person: Person, context: SeoContext): Metadata {
  const base = pageMetadata({
    title: profileTitle(person),
    description: profileDescription(person, context),
    path: paths.author(person.slug),
    settings: context.settings,
    noindex: person.written.length + person.reviewed.length === 0,
    draft: context.draft,
    image: person.photo ? servedImage(person.photo, SOCIAL_CARD_SIZE.width, person.name) : undefined,
  })
  return { ...base, openGraph: { ...base.openGraph, type: 'profile' } }
}

/** A ProfilePage about the person, as Google's profile-page documentation describes. */
export function profileGraph(person: Person, context: SeoContext): Graph {
  return pageGraph({
    settings: context.settings,
    type: 'ProfilePage',
    path: paths.author(person.slug),
    name: profileTitle(person),
    description: profileDescription(person, context),
    trail: breadcrumbs.author(person),
    mainEntity: profilePersonNode(person),
  })
}
