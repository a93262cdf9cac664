import type { IdReference, Thing, WebPage } from 'schema-dts'
import type { TopicRef } from '../../sanity/schemas/common'
import { absoluteUrl } from '../../navigation/siteUrl'
import { paths } from '../../navigation/paths'
import { ids } from './ids'
import type { Language } from '../../i18n/languages'

export type WebPageInput = {
  inLanguage: Language
  type: 'WebPage' | 'CollectionPage' | 'MedicalWebPage' | 'ProfilePage' | 'SearchResultsPage'
  url: string
  name: string
  description?: string
  /** The page has a BreadcrumbList node in the same graph. */
  hasBreadcrumb?: boolean
  about?: Pick<TopicRef, 'title' | 'slug'>[]
  primaryImageId?: string
  mainEntityId?: string
  datePublished?: string
  dateModified?: string
  /** The @id of the clinician who reviewed the content, and when. */
  reviewedById?: string
  lastReviewed?: string
}

/** A topic as the subject of a page: named and linked to its topic page. */
export function topicThing(topic: Pick<TopicRef, 'title' | 'slug'>): Thing {
  return {
    '@type': 'Thing',
    '@id': ids.topic(topic.slug),
    name: topic.title,
    url: absoluteUrl(paths.topic(topic.slug)),
  }
}

const ref = (id: string): IdReference => ({ '@id': id })

/** The page itself: what it is, where it sits in the site, what it is about. */
export function webPageNode(input: WebPageInput): WebPage {
  const about = input.about ?? []
  return {
    '@type': input.type,
    '@id': ids.webPage(input.url),
    url: input.url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    isPartOf: ref(ids.website),
    inLanguage: input.inLanguage,
    ...(input.hasBreadcrumb ? { breadcrumb: ref(ids.breadcrumb(input.url)) } : {}),
    ...(about.length > 0 ? { about: about.map(topicThing) } : {}),
    ...(input.primaryImageId ? { primaryImageOfPage: ref(input.primaryImageId) } : {}),
    ...(input.mainEntityId ? { mainEntity: ref(input.mainEntityId) } : {}),
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(input.reviewedById ? { reviewedBy: ref(input.reviewedById) } : {}),
    ...(input.reviewedById && input.lastReviewed ? { lastReviewed: input.lastReviewed } : {}),
  }
}
