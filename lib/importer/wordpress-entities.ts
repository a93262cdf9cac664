import { slugify } from '../slugify'
import { personId, topicId } from './ids'
import type { WxrChannel, WxrItem } from './wxr-parser'

export interface PersonDocument {
  _id: string
  _type: 'person'
  name: string
  slug: { _type: 'slug'; current: string }
}

export interface TopicDocument {
  _id: string
  _type: 'topic'
  title: string
  slug: { _type: 'slug'; current: string }
  description?: string
}

// WordPress files everything it cannot place under "Uncategorized"; it says nothing about a post.
const MEANINGLESS_TERMS = new Set(['uncategorized'])

/** Authors of a WXR export as people, keyed by login (what items name in dc:creator). */
export function peopleOf(channel: WxrChannel): Map<string, PersonDocument> {
  const people = new Map<string, PersonDocument>()
  for (const author of channel['wp:author']) {
    const name = author['wp:author_display_name'] || author['wp:author_login']
    const slug = slugify(name) || slugify(author['wp:author_login'])
    if (slug) people.set(author['wp:author_login'], { _id: personId(slug), _type: 'person', name, slug: { _type: 'slug', current: slug } })
  }
  return people
}

/** Term descriptions from the channel, so topics carry the text the clinic wrote for them. */
export function termDescriptions(channel: WxrChannel): Map<string, string> {
  const descriptions = new Map<string, string>()
  for (const term of [...channel['wp:category'], ...channel['wp:tag']]) {
    const slug = term['wp:category_nicename'] || term['wp:tag_slug']
    const description = term['wp:category_description'] || term['wp:tag_description']
    if (slug && description) descriptions.set(slugify(slug), description)
  }
  return descriptions
}

/** A post's categories and tags, both of which become topics. */
export function topicsOf(item: WxrItem, descriptions: Map<string, string>): TopicDocument[] {
  const topics = new Map<string, TopicDocument>()
  for (const term of item.category) {
    if (term['@_domain'] !== 'category' && term['@_domain'] !== 'post_tag') continue
    const slug = slugify(term['@_nicename'] || term['#text'])
    if (!slug || MEANINGLESS_TERMS.has(slug) || topics.has(slug)) continue
    const description = descriptions.get(slug)
    topics.set(slug, { _id: topicId(slug), _type: 'topic', title: term['#text'], slug: { _type: 'slug', current: slug }, ...(description ? { description } : {}) })
  }
  return [...topics.values()]
}
