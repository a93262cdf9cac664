import type { Graph, Thing } from 'schema-dts'
import type { BreadcrumbTrail } from '../../navigation/breadcrumbs'
import type { SiteSettings } from '../../sanity/queries/settings'
import type { TopicRef } from '../../sanity/schemas/common'
import { absoluteUrl } from '../../navigation/siteUrl'
import { breadcrumbNode } from './breadcrumbs'
import { faqNode, type FaqEntry } from './faq'
import { jsonLdGraph } from './graph'
import { ids } from './ids'
import { itemListNode, type ListedPage } from './itemList'
import { clinicNode, websiteNode } from './site'
import { webPageNode, type WebPageInput } from './webPage'

export type PageGraphInput = {
  settings: SiteSettings
  type: WebPageInput['type']
  path: string
  name: string
  description?: string
  /** The breadcrumb trail the page shows; empty on the home page, which shows none. */
  trail: BreadcrumbTrail
  /** What an index page lists, in order, and the position of its first item (pages after the first). */
  items?: ListedPage[]
  firstPosition?: number
  about?: Pick<TopicRef, 'title' | 'slug'>[]
  faqs?: { name: string; entries: FaqEntry[] }
  /** The node the page is about, when it is not the list or the FAQs (a person on a profile page). */
  mainEntity?: Thing & { '@id': string }
}

/**
 * The graph of a page that is not an article: the site, the clinic, the page, its breadcrumbs,
 * and what it lists or answers.
 */
export function pageGraph(input: PageGraphInput): Graph {
  const url = absoluteUrl(input.path)
  const items = input.items ?? []
  const list = items.length > 0 ? itemListNode(url, items, input.firstPosition) : null
  const faq = input.faqs ? faqNode(url, input.faqs.name, input.faqs.entries, input.settings.language) : null
  const mainEntityId = input.mainEntity?.['@id'] ?? (list ? ids.itemList(url) : faq ? ids.faq(url) : undefined)
  return jsonLdGraph([
    websiteNode(input.settings),
    clinicNode(input.settings),
    webPageNode({
      type: input.type,
      inLanguage: input.settings.language,
      url,
      name: input.name,
      description: input.description,
      hasBreadcrumb: input.trail.length > 0,
      about: input.about,
      mainEntityId,
    }),
    input.mainEntity,
    input.trail.length > 0 ? breadcrumbNode(url, input.trail) : null,
    list,
    faq,
  ])
}
