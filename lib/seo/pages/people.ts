import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { breadcrumbs } from '../../navigation/breadcrumbs'
import { paths } from '../../navigation/paths'
import type { Person } from '../../sanity/queries/person'
import type { SiteSettings } from '../../sanity/queries/settings'
import type { PersonRef } from '../../sanity/schemas/common'
import { SOCIAL_CARD_SIZE } from '../socialCard'
import { pickDescription } from '../description'
import { pageGraph } from '../jsonLd/pageGraph'
import { profilePersonNode } from '../jsonLd/profile'
import { pageMetadata } from '../pageMetadata'
import { servedImage } from '../servedImage'

type PeopleIndexSeo = { settings: SiteSettings; title: string; people: PersonRef[]; draft?: boolean }

export const peopleIndexDescription = ({ settings }: PeopleIndexSeo) =>
  `The people who write and medically review the articles of ${settings.clinicName}.`

export function peopleIndexMetadata(input: PeopleIndexSeo): Metadata {
  return pageMetadata({
    title: input.title,
    description: peopleIndexDescription(input),
    path: paths.authors,
    settings: input.settings,
    draft: input.draft,
  })
}

export function peopleIndexGraph(input: PeopleIndexSeo): Graph {
  return pageGraph({
    settings: input.settings,
    type: 'CollectionPage',
    path: paths.authors,
    name: input.title,
    description: peopleIndexDescription(input),
    trail: breadcrumbs.authors(),
    items: input.people.map((person) => ({ name: person.name, path: paths.author(person.slug) })),
  })
}

type ProfileSeo = { settings: SiteSettings; person: Person; draft?: boolean }

export const profileTitle = (person: Person) =>
  person.credentials ? `${person.name}, ${person.credentials}` : person.name

export function profileDescription({ settings, person }: ProfileSeo): string {
  return (
    pickDescription([], person.bio ?? person.role ?? '') ??
    `Articles written and medically reviewed by ${person.name} for ${settings.clinicName}.`
  )
}

/** A person with no published article has a thin page: it stays out of search results. */
export function profileMetadata(input: ProfileSeo): Metadata {
  const { person } = input
  const base = pageMetadata({
    title: profileTitle(person),
    description: profileDescription(input),
    path: paths.author(person.slug),
    settings: input.settings,
    noindex: person.written.length + person.reviewed.length === 0,
    draft: input.draft,
    image: person.photo ? servedImage(person.photo, SOCIAL_CARD_SIZE.width, person.name) : undefined,
  })
  return { ...base, openGraph: { ...base.openGraph, type: 'profile' } }
}

/** A ProfilePage about the person, as Google's profile-page documentation describes. */
export function profileGraph(input: ProfileSeo): Graph {
  const { person } = input
  return pageGraph({
    settings: input.settings,
    type: 'ProfilePage',
    path: paths.author(person.slug),
    name: profileTitle(person),
    description: profileDescription(input),
    trail: breadcrumbs.author(person),
    mainEntity: profilePersonNode(person),
  })
}
