import type { Person, Topic } from '../../sanity.types'
import { slugify } from '../content/slugify'
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'
import { personId, topicId } from './ids'
import { childText, type XmlNode } from './wxrParser'
import type { WxrTermRef } from './wxrItem'

type SlugField = { _type: 'slug'; current: string }

/** The generated types with what the importer always fills made required. */
export type PersonDocument = Pick<Person, '_id' | '_type'> & { name: NonNullable<Person['name']>; slug: SlugField }
export type TopicDocument = Pick<Topic, '_id' | '_type' | 'description'> & {
  language: Language
  title: NonNullable<Topic['title']>
  slug: SlugField
  parent?: Pick<NonNullable<Topic['parent']>, '_type' | '_ref'>
}

export interface WxrAuthor {
  id: string
  login: string
  displayName: string
}

export interface WxrTerm {
  id: string
  taxonomy: 'category' | 'post_tag'
  slug: string
  name: string
  /** Slug of the parent category, '' at the top. */
  parent: string
  description: string
}

/** What the `<channel>` says about the site besides its items. */
export interface WxrChannelInfo {
  title: string
  link: string
  baseSiteUrl: string
  baseBlogUrl: string
  authors: WxrAuthor[]
  terms: WxrTerm[]
  /**
   * Polylang's translation groups: each `post_translations` term (slug `pll_…`) with its
   * description, a serialized PHP array of language slug to post id (`a:2:{s:2:"en";i:12;s:2:"es";i:15;}`).
   */
  translationGroups: Map<string, Map<string, string>>
}

/** Polylang's serialized `post_translations` description: language slug to post id; what is not that shape is ignored. */
export function polylangGroupMembers(description: string): Map<string, string> {
  const members = new Map<string, string>()
  for (const match of description.matchAll(/s:\d+:"([^"]*)";(?:i:(\d+)|s:\d+:"(\d+)");/g)) {
    const [, language, id, quotedId] = match
    if (language && (id ?? quotedId)) members.set(language, (id ?? quotedId) as string)
  }
  return members
}

/** Collects channel elements as the stream passes them; authors and terms come before the items in every WXR. */
export function channelCollector(): { info: WxrChannelInfo; onChannelElement: (node: XmlNode) => void } {
  const info: WxrChannelInfo = {
    title: '',
    link: '',
    baseSiteUrl: '',
    baseBlogUrl: '',
    authors: [],
    terms: [],
    translationGroups: new Map(),
  }
  const onChannelElement = (node: XmlNode) => {
    if (node.name === 'title') info.title = node.text.trim()
    else if (node.name === 'link') info.link = node.text.trim()
    else if (node.name === 'wp:base_site_url') info.baseSiteUrl = node.text.trim()
    else if (node.name === 'wp:base_blog_url') info.baseBlogUrl = node.text.trim()
    else if (node.name === 'wp:author') {
      info.authors.push({
        id: childText(node, 'wp:author_id'),
        login: childText(node, 'wp:author_login'),
        displayName: childText(node, 'wp:author_display_name'),
      })
    } else if (node.name === 'wp:category') {
      info.terms.push({
        id: childText(node, 'wp:term_id'),
        taxonomy: 'category',
        slug: childText(node, 'wp:category_nicename'),
        name: childText(node, 'wp:cat_name'),
        parent: childText(node, 'wp:category_parent'),
        description: childText(node, 'wp:category_description'),
      })
    } else if (node.name === 'wp:tag') {
      info.terms.push({
        id: childText(node, 'wp:term_id'),
        taxonomy: 'post_tag',
        slug: childText(node, 'wp:tag_slug'),
        name: childText(node, 'wp:tag_name'),
        parent: '',
        description: childText(node, 'wp:tag_description'),
      })
    } else if (node.name === 'wp:term') {
      // WXR 1.2 also lists categories and tags as generic terms; the specific elements win.
      const taxonomy = childText(node, 'wp:term_taxonomy')
      if (taxonomy === 'post_translations') {
        info.translationGroups.set(
          childText(node, 'wp:term_slug'),
          polylangGroupMembers(childText(node, 'wp:term_description')),
        )
        return
      }
      if (taxonomy !== 'category' && taxonomy !== 'post_tag') return
      const slug = childText(node, 'wp:term_slug')
      if (info.terms.some((term) => term.taxonomy === taxonomy && term.slug === slug)) return
      info.terms.push({
        id: childText(node, 'wp:term_id'),
        taxonomy,
        slug,
        name: childText(node, 'wp:term_name'),
        parent: childText(node, 'wp:term_parent'),
        description: childText(node, 'wp:term_description'),
      })
    }
  }
  return { info, onChannelElement }
}

// WordPress files everything it cannot place under "Uncategorized"; it becomes the default topic
// the clinic can rename, so every article has the topic the schema requires.
export const DEFAULT_TOPIC = { slug: 'general', title: 'General' }
const UNCATEGORIZED = 'uncategorized'

const termSlug = (slug: string, name: string) => slugify(safeDecode(slug)) || slugify(name)

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * Categories and tags as topics: one topic per slug, a tag with the same name or slug as a
 * category joins the category's topic, "Uncategorized" becomes "General", and a category's
 * parent becomes the topic's parent.
 */
export class Taxonomy {
  private readonly topics = new Map<string, TopicDocument>()
  /** `category:<slug>` / `post_tag:<slug>` -> topic slug. */
  private readonly byTerm = new Map<string, string>()
  private readonly categoryPaths = new Map<string, string>()

  constructor(terms: WxrTerm[]) {
    const categories = terms.filter((term) => term.taxonomy === 'category')
    for (const term of [...categories, ...terms.filter((term) => term.taxonomy === 'post_tag')])
      this.add(term.taxonomy, term.slug, term.name, term.description)
    const bySlug = new Map(categories.map((term) => [term.slug, term]))
    for (const term of categories) {
      const parent = term.parent ? bySlug.get(term.parent) : undefined
      const own = this.topicOf('category', term.slug, term.name)
      const parentTopic = parent ? this.topicOf('category', parent.slug, parent.name) : undefined
      const topic = this.topics.get(own)
      if (topic && parentTopic && parentTopic !== own) topic.parent = { _type: 'reference', _ref: topicId(parentTopic) }
      // WordPress's category archive path nests parent slugs: /category/health/sleep/.
      const path: string[] = []
      const seen = new Set<string>()
      for (
        let current: WxrTerm | undefined = term;
        current && !seen.has(current.slug);
        current = current.parent ? bySlug.get(current.parent) : undefined
      ) {
        seen.add(current.slug)
        path.unshift(current.slug)
      }
      this.categoryPaths.set(term.slug, path.join('/'))
    }
  }

  private add(taxonomy: string, slug: string, name: string, description = ''): string {
    const key = `${taxonomy}:${slug || name}`
    const known = this.byTerm.get(key)
    if (known) return known
    let topicSlug = termSlug(slug, name)
    if (topicSlug === UNCATEGORIZED) topicSlug = DEFAULT_TOPIC.slug
    if (!topicSlug) return ''
    // A tag named like a category is the same subject.
    const sameName = [...this.topics.values()].find((topic) => slugify(topic.title) === slugify(name) && name)
    if (taxonomy === 'post_tag' && sameName && !this.topics.has(topicSlug)) topicSlug = sameName.slug.current
    if (!this.topics.has(topicSlug)) {
      const title =
        topicSlug === DEFAULT_TOPIC.slug && termSlug(slug, name) === UNCATEGORIZED
          ? DEFAULT_TOPIC.title
          : name || topicSlug
      this.topics.set(topicSlug, {
        _id: topicId(topicSlug),
        _type: 'topic',
        language: DEFAULT_LANGUAGE,
        title,
        slug: { _type: 'slug', current: topicSlug },
        ...(description ? { description } : {}),
      })
    }
    this.byTerm.set(key, topicSlug)
    return topicSlug
  }

  /** The topic slug of a term a post names; terms missing from the channel's list are added. */
  topicOf(taxonomy: string, slug: string, name: string): string {
    return this.byTerm.get(`${taxonomy}:${slug || name}`) ?? this.add(taxonomy, slug, name)
  }

  /** A post's topics in the order it names them; the default topic when it names none. */
  topicsOfPost(terms: WxrTermRef[]): string[] {
    const slugs = terms
      .filter((term) => term.domain === 'category' || term.domain === 'post_tag')
      .map((term) => this.topicOf(term.domain, term.nicename, term.name))
    const unique = [...new Set(slugs.filter(Boolean))]
    // "Uncategorized" beside a real category says nothing more.
    const meaningful = unique.length > 1 ? unique.filter((slug) => slug !== DEFAULT_TOPIC.slug) : unique
    return meaningful.length > 0 ? meaningful : [this.ensureDefault()]
  }

  private ensureDefault(): string {
    if (!this.topics.has(DEFAULT_TOPIC.slug)) {
      this.topics.set(DEFAULT_TOPIC.slug, {
        _id: topicId(DEFAULT_TOPIC.slug),
        _type: 'topic',
        language: DEFAULT_LANGUAGE,
        title: DEFAULT_TOPIC.title,
        slug: { _type: 'slug', current: DEFAULT_TOPIC.slug },
      })
    }
    return DEFAULT_TOPIC.slug
  }

  /**
   * The topics used by posts of one language, with every ancestor (a parent reference must not
   * dangle), sorted by id. A category filed under posts of two languages becomes one topic per
   * language (a topic document has one language), each with its language's id.
   */
  documentsFor(used: Iterable<string>, language: Language = DEFAULT_LANGUAGE): TopicDocument[] {
    const wanted = new Set<string>()
    for (const slug of used) {
      for (
        let current: string | undefined = slug;
        current && !wanted.has(current);
        current = this.topics.get(current)?.parent?._ref.slice('topic-'.length)
      )
        wanted.add(current)
    }
    return [...wanted]
      .flatMap((slug) => {
        const topic = this.topics.get(slug)
        if (!topic) return []
        const parentSlug = topic.parent?._ref.slice('topic-'.length)
        return [
          {
            ...topic,
            _id: topicId(slug, language),
            language,
            ...(parentSlug ? { parent: { _type: 'reference' as const, _ref: topicId(parentSlug, language) } } : {}),
          },
        ]
      })
      .sort((a, b) => (a._id < b._id ? -1 : 1))
  }

  /** Old archive paths to the topic: `/category/<path>/` and `/tag/<slug>/`, with the term's WordPress ids. */
  archives(
    terms: WxrTerm[],
  ): Array<{ kind: 'category' | 'tag'; id: string; slug: string; path: string; topic: string }> {
    return terms.flatMap(
      (term): Array<{ kind: 'category' | 'tag'; id: string; slug: string; path: string; topic: string }> => {
        const topic = this.topicOf(term.taxonomy, term.slug, term.name)
        if (!topic || !term.slug) return []
        return term.taxonomy === 'category'
          ? [
              {
                kind: 'category',
                id: term.id,
                slug: term.slug,
                path: `/category/${this.categoryPaths.get(term.slug) ?? term.slug}/`,
                topic,
              },
            ]
          : [{ kind: 'tag', id: term.id, slug: term.slug, path: `/tag/${term.slug}/`, topic }]
      },
    )
  }
}

/** Authors as people, keyed by login (what items name in dc:creator); the name is the display name. */
export function peopleOf(authors: WxrAuthor[]): Map<string, PersonDocument> {
  const people = new Map<string, PersonDocument>()
  for (const author of authors) {
    const name = author.displayName || author.login
    const slug = slugify(name) || slugify(author.login)
    if (slug)
      people.set(author.login, { _id: personId(slug), _type: 'person', name, slug: { _type: 'slug', current: slug } })
  }
  return people
}

/** A person for a dc:creator the channel does not list (old WXR 1.0 files have no wp:author). */
export function personForLogin(login: string): PersonDocument | undefined {
  const slug = slugify(login)
  return slug
    ? { _id: personId(slug), _type: 'person', name: login, slug: { _type: 'slug', current: slug } }
    : undefined
}
