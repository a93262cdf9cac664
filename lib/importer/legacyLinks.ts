import type { Redirect } from '../../sanity.types'
import { slugify } from '../content/slugify'
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'
import { articlePath, authorPath, topicPath } from './newPaths'

export type RedirectDocument = Required<Pick<Redirect, '_id' | '_type' | 'from' | 'to' | 'permanent'>>

/** Where an old link leads now. */
export type LinkTarget =
  | { kind: 'article'; slug: string; draft: boolean; language: Language }
  /** A topic or person page, or a feed: a path on the new site. */
  | { kind: 'path'; path: string }
  /** On the old site, but nothing imported answers it (a page not imported, an upload, a search...). */
  | { kind: 'missing' }
  | { kind: 'external' }

// WordPress's feeds; the new site has RSS at /feed.xml and Atom at /feed.atom.
const FEEDS: Array<[string, string]> = [
  ['/feed/', '/feed.xml'],
  ['/feed/rss/', '/feed.xml'],
  ['/feed/rss2/', '/feed.xml'],
  ['/feed/atom/', '/feed.atom'],
  ['/comments/feed/', '/feed.xml'],
]

const hostKey = (host: string) => host.toLowerCase().replace(/^www\./, '')

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

// Paths compare without case, percent-encoding or trailing slash, as WordPress resolves them.
const pathKey = (path: string) => safeDecode(path).toLowerCase().replace(/\/+$/, '') || '/'

// WordPress's user_nicename: the login, lowercased, with what sanitize_title drops removed.
export const authorNicename = (login: string) =>
  login
    .toLowerCase()
    .replace(/[@]/g, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')

// `/?tag=sleep` and `/tag/sleep/` would share a slug; query forms are marked so the ids stay distinct.
const redirectId = (from: string) =>
  `redirect-${from.startsWith('/?') ? 'query-' : ''}${slugify(from.replace(/[?=]/g, '-'), 200) || 'home'}`

/**
 * Every old address of what an import brings across, and where each now lives: post
 * permalinks (whatever the permalink structure, read from each item's <link>), `?p=` and
 * `?page_id=` forms, category, tag and author archives by path and by query, and feeds.
 * Links in content are resolved against it, and it writes the redirect documents.
 */
export class LegacyLinks {
  private readonly hosts = new Set<string>()
  /** Path of the blog on the old site ('' at the root, '/blog' when WordPress lived there). */
  private readonly blogPath: string
  private readonly paths = new Map<string, LinkTarget>()
  private readonly queries = new Map<string, LinkTarget>()
  private readonly redirectList = new Map<string, string>()
  readonly base: string

  constructor(siteUrls: string[]) {
    const parsed = siteUrls.flatMap((url) => {
      try {
        return [new URL(url)]
      } catch {
        return []
      }
    })
    for (const url of parsed) this.hosts.add(hostKey(url.host))
    const first = parsed[0]
    this.base = first ? `${first.protocol}//${first.host}${first.pathname.replace(/\/+$/, '')}` : ''
    this.blogPath = first ? first.pathname.replace(/\/+$/, '') : ''
  }

  /** Whether a URL is on the old site. */
  isOldSite(href: string): boolean {
    return this.parse(href) !== undefined
  }

  private parse(href: string): URL | undefined {
    if (/^(mailto|tel|javascript|data):/i.test(href) || href.startsWith('#')) return undefined
    try {
      if (/^\/[^/]|^\/$|^\?/.test(href)) return new URL(href, this.base || 'http://old.invalid')
      const url = new URL(href)
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
      return this.hosts.has(hostKey(url.host)) ? url : undefined
    } catch {
      return undefined
    }
  }

  addPost(post: {
    postId: string
    postType: string
    link: string
    guid: string
    slug: string
    draft: boolean
    language?: Language
  }): void {
    const language = post.language ?? DEFAULT_LANGUAGE
    const target: LinkTarget = { kind: 'article', slug: post.slug, draft: post.draft, language }
    for (const href of [post.link, post.guid]) {
      const url = href ? this.parse(href) : undefined
      if (!url) continue
      if (url.search) {
        const query = this.queryKey(url)
        if (query) this.queries.set(query, target)
      } else if (url.pathname !== '/') this.paths.set(pathKey(url.pathname), target)
    }
    if (!post.postId) return
    const key = post.postType === 'page' ? 'page_id' : 'p'
    this.queries.set(`${key}=${post.postId}`, target)
    // WordPress answers ?p= for pages too.
    this.queries.set(`p=${post.postId}`, target)
    if (!post.draft) this.redirectList.set(`/?${key}=${post.postId}`, articlePath(post.slug, language))
  }

  /** A category or tag archive; `language` is the language of the topic it became (the posts filed under it). */
  addTopicArchive(archive: {
    kind: 'category' | 'tag'
    id: string
    slug: string
    path: string
    topic: string
    language?: Language
  }): void {
    const target: LinkTarget = { kind: 'path', path: topicPath(archive.topic, archive.language) }
    const path = `${this.blogPath}${archive.path}`
    this.paths.set(pathKey(path), target)
    this.redirectList.set(path, target.path)
    if (archive.kind === 'category' && archive.id) {
      this.queries.set(`cat=${archive.id}`, target)
      this.redirectList.set(`/?cat=${archive.id}`, target.path)
    }
    if (archive.kind === 'tag') {
      this.queries.set(`tag=${archive.slug.toLowerCase()}`, target)
      this.redirectList.set(`/?tag=${archive.slug}`, target.path)
    }
  }

  addAuthorArchive(author: { id: string; login: string; person: string }): void {
    const target: LinkTarget = { kind: 'path', path: authorPath(author.person) }
    const nicename = authorNicename(author.login)
    if (nicename) {
      const path = `${this.blogPath}/author/${nicename}/`
      this.paths.set(pathKey(path), target)
      this.redirectList.set(path, target.path)
    }
    if (author.id) {
      this.queries.set(`author=${author.id}`, target)
      this.redirectList.set(`/?author=${author.id}`, target.path)
    }
  }

  addFeeds(): void {
    for (const [from, to] of FEEDS) {
      const path = `${this.blogPath}${from}`
      this.paths.set(pathKey(path), { kind: 'path', path: to })
      this.redirectList.set(path, to)
    }
  }

  private queryKey(url: URL): string | undefined {
    for (const key of ['p', 'page_id', 'cat', 'tag', 'author']) {
      const value = url.searchParams.get(key)
      if (value) return `${key}=${value.toLowerCase()}`
    }
    return undefined
  }

  resolve(href: string): LinkTarget {
    const url = this.parse(href.trim())
    if (!url) return { kind: 'external' }
    const query = this.queryKey(url)
    const found = (query ? this.queries.get(query) : undefined) ?? this.paths.get(pathKey(url.pathname))
    if (found) return found
    // Paginated permalinks (/my-post/2/) and comment pages still mean the post.
    const paged = /^(.*)\/(?:page\/)?\d+\/?$/.exec(url.pathname)
    const post = paged?.[1] ? this.paths.get(pathKey(paged[1])) : undefined
    return post ?? { kind: 'missing' }
  }

  /** The redirect documents, sorted by id; post permalinks are not here (they are the articles' legacyUrls). */
  redirects(): RedirectDocument[] {
    const byId = new Map<string, RedirectDocument>()
    for (const [from, to] of this.redirectList) {
      if (pathKey(from) === pathKey(to)) continue
      const id = redirectId(from)
      if (!byId.has(id)) byId.set(id, { _id: id, _type: 'redirect', from, to, permanent: true })
    }
    return [...byId.values()].sort((a, b) => (a._id < b._id ? -1 : 1))
  }
}
