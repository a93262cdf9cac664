import type { Graph } from 'schema-dts'
import type { Metadata } from 'next'
import { messages } from '../../i18n/messages'
import { breadcrumbsFor } from '../../navigation/breadcrumbs'
import { pathsFor } from '../../navigation/paths'
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
  path: (language) => pathsFor(language).authors,
  trail: (language) => breadcrumbsFor(language).authors(),
  describe: ({ settings }) => messages(settings.language).seo.people(settings.clinicName),
  holds: ({ items, settings }) => ({
    type: 'CollectionPage',
    items: items.map((person) => ({ name: person.name, path: pathsFor(settings.language).author(person.slug) })),
  }),
})

export const profileTitle = (person: Person) =>
  person.credentials ? `${person.name}, ${person.credentials}` : person.name

export function profileDescription(person: Person, { settings }: SeoContext): string {
  return (
    pickDescription([], person.bio ?? person.role ?? '') ??
    messages(settings.language).seo.profile(settings.clinicName, person.name)
  )
}

/** A person with no published article has a thin page: it stays out of search results. */
export function profileMetadata(person: Person, context: SeoContext): Metadata {
  const base = pageMetadata({
    title: profileTitle(person),
    description: profileDescription(person, context),
    path: pathsFor(context.settings.language).author(person.slug),
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
    path: pathsFor(context.settings.language).author(person.slug),
    name: profileTitle(person),
    description: profileDescription(person, context),
    trail: breadcrumbsFor(context.settings.language).author(person),
    mainEntity: profilePersonNode(person),
  })
}
