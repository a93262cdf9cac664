import { reportedClaims, type ReportedClaim } from '../claims/reportedClaims'
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages'
import type { AssetCollector } from './assets'
import { isoDateTime } from './dates'
import { buildArticleDocuments, type ArticleDocuments } from './documents'
import { StructureError, toImportError, ImportError } from './errors'
import { LegacyLinks, type RedirectDocument } from './legacyLinks'
import { absolutizeOldLinks, LinkRewriter } from './linkRewriter'
import type { PostMeta } from './parsedPost'
import type { ImageSource } from './portableText'
import { selectItem, type Selection, type SelectionOptions } from './postSelection'
import { seoFromMeta } from './seoMeta'
import { assignSlugs, type SlugChange } from './slugAssignment'
import { detectStructure } from './structure'
import { countImages } from './summary'
import { countWords, documentWordCount, htmlWordCount } from './wordCount'
import {
  channelCollector,
  peopleOf,
  personForLogin,
  Taxonomy,
  type PersonDocument,
  type TopicDocument,
  type WxrChannelInfo,
} from './wordpressEntities'
import { plainText } from './htmlToPlainText'
import { parseWordpressPost } from './wordpressPost'
import { readWxr } from './wxrParser'
import { describeItem, wxrItemOf, type WxrItem } from './wxrItem'
import { draftDocuments } from './draftDocuments'
import { articleId, topicId } from './ids'
import { authorPath, isArticlePath, isTopicPath, topicPath } from './newPaths'
import { translationMetadata, type TranslationMetadataDocument } from './translations'
import { blogLanguage, languageCodeOf, translationGroupOf, WPML_GROUP_META, WPML_LANGUAGE_META } from './wxrLanguages'

export interface WxrImportOptions extends SelectionOptions {
  /** The new site's address (`--site-url`, else NEXT_PUBLIC_SITE_URL), for links to topic and author pages. */
  siteUrl?: string
  /** Where an image src gets its bytes; by default remote URLs are kept as references. */
  imageSource?: (src: string) => ImageSource | undefined
  onProgress?: (done: number, total: number) => void
  /** `--language`: the language of posts the export gives none (no Polylang or WPML data). */
  language?: Language
}

export type PostOutcome = 'imported' | 'draft' | 'skipped' | 'failed'

/** One post or page of the export in the migration report. */
export interface PostReport {
  item: number
  postId: string
  title: string
  type: string
  status: string
  outcome: PostOutcome
  reason?: string
  slug?: string
  /** The slug the post had, when another post kept it. */
  slugTakenBy?: string
  words?: { source: number; result: number }
  links?: { rewritten: number; kept: number; dropped: number }
  images?: number
  warnings: string[]
  /** Risky health claims in what arrived (lib/claims), for the medical reviewer. */
  claims?: ReportedClaim[]
}

export interface WxrFileReport {
  posts: PostReport[]
  /** Items that are not posts or pages, by type (attachment, nav_menu_item, ...). */
  otherItems: Record<string, number>
  /** Approved comments on the posts, which are not imported. */
  comments: number
}

export interface WxrImport {
  /** People and topics the imported posts use: created, never replaced (editors refine them). */
  shared: Array<PersonDocument | TopicDocument>
  redirects: RedirectDocument[]
  /** translation.metadata documents linking the imported posts that Polylang or WPML group as translations. */
  translations: TranslationMetadataDocument[]
  /** Warnings about the file rather than one imported post (posts skipped for their language). */
  warnings: string[]
  errors: ImportError[]
  report: WxrFileReport
}

/** What pass 1 keeps of an item: no content, so the index of a 10,000-post export stays small. */
interface IndexedItem {
  index: number
  postId: string
  title: string
  type: string
  status: string
  selection: Selection
  postName: string
  date: string
  link: string
  guid: string
  creator: string
  terms: WxrItem['terms']
  /** WPML's language post meta (the only meta the index keeps), read with the terms once the channel is known. */
  languageMeta: Map<string, string>
  /** The language code the export gives the post ('' when none), its translation group, and the blog's language for it. */
  languageCode: string
  group: string | undefined
  language: Language
}

interface Attachment {
  url: string
  alt: string
  caption: string
}

// WordPress writes GMT dates as "2023-05-15 09:00:00", and zeros for posts never published.
function gmtDate(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value)
  return match && !value.startsWith('0000') ? `${match[1]}T${match[2]}Z` : undefined
}

function pathOf(url: string): string | undefined {
  try {
    const { pathname, search } = new URL(url)
    return search || pathname === '/' ? undefined : pathname
  } catch {
    return undefined
  }
}

const remoteOnly = (src: string): ImageSource | undefined =>
  /^https?:\/\//i.test(src) ? { kind: 'url', url: src } : undefined

// Image sizes WordPress generates (photo-300x200.jpg) name the same attachment as the original.
const withoutSize = (url: string) => url.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')

/** Pass 1: the channel and an index of the items, read without keeping any post's content. */
async function indexExport(path: string, options: WxrImportOptions) {
  const channel = channelCollector()
  const items: IndexedItem[] = []
  const attachments = new Map<string, Attachment>()
  const otherItems: Record<string, number> = {}
  let comments = 0
  await readWxr(path, {
    onChannelElement: channel.onChannelElement,
    onItem: (node, index) => {
      const item = wxrItemOf(node, index)
      const selection = selectItem(item, options)
      if (item.postType === 'attachment') {
        const url = item.attachmentUrl || item.guid
        if (item.postId && url)
          attachments.set(item.postId, {
            url,
            alt: item.meta.get('_wp_attachment_image_alt') ?? '',
            caption: item.excerpt,
          })
      }
      if (selection.action === 'other') {
        const type = item.postType || 'unknown'
        otherItems[type] = (otherItems[type] ?? 0) + 1
        return
      }
      comments += item.comments
      items.push({
        index,
        postId: item.postId,
        title: item.title,
        type: item.postType,
        status: item.status,
        selection,
        postName: item.postName,
        date: item.postDateGmt.startsWith('0000') || !item.postDateGmt ? item.postDate : item.postDateGmt,
        link: item.link,
        guid: item.guid,
        creator: item.creator,
        terms: item.terms,
        languageMeta: new Map(
          [WPML_LANGUAGE_META, WPML_GROUP_META].flatMap((key) => {
            const value = item.meta.get(key)
            return value ? [[key, value] as const] : []
          }),
        ),
        languageCode: '',
        group: undefined,
        language: DEFAULT_LANGUAGE,
      })
    },
  })
  const warnings: string[] = []
  for (const entry of items) {
    // Polylang's group terms are channel elements: read once the whole channel has passed.
    const source = { postId: entry.postId, terms: entry.terms, meta: entry.languageMeta }
    entry.languageCode = languageCodeOf(source, channel.info.translationGroups)
    entry.group = translationGroupOf(source, channel.info.translationGroups)
    const language = entry.languageCode ? blogLanguage(entry.languageCode) : (options.language ?? DEFAULT_LANGUAGE)
    if (language) entry.language = language
    else if (entry.selection.action !== 'skip') {
      // Never imported under another language: reported, and the clinic decides.
      const reason = `language "${entry.languageCode}" is not one of the blog's languages (${LANGUAGES.join(', ')})`
      entry.selection = { action: 'skip', reason }
      warnings.push(`${describeItem({ index: entry.index, title: entry.title })}: ${reason}; skipped`)
    }
  }
  return { info: channel.info, items, attachments, otherItems, comments, warnings }
}

function altLookup(attachments: Map<string, Attachment>): (src: string) => string | undefined {
  const byUrl = new Map<string, string>()
  for (const attachment of attachments.values())
    if (attachment.alt) byUrl.set(withoutSize(attachment.url), attachment.alt)
  return (src) => byUrl.get(src) ?? byUrl.get(withoutSize(src))
}

function registerLinks(
  info: WxrChannelInfo,
  items: IndexedItem[],
  slugs: Map<string, string>,
  taxonomy: Taxonomy,
  people: Map<string, PersonDocument>,
  archiveLanguage: (topic: string) => Language,
): LegacyLinks {
  const links = new LegacyLinks([info.baseBlogUrl || info.link, info.baseSiteUrl, info.link].filter(Boolean))
  for (const item of items) {
    const slug = slugs.get(String(item.index))
    if (!slug || item.selection.action === 'skip') continue
    links.addPost({
      postId: item.postId,
      postType: item.type,
      link: item.link,
      guid: item.guid,
      slug,
      draft: item.selection.action === 'draft',
      language: item.language,
    })
  }
  for (const archive of taxonomy.archives(info.terms))
    links.addTopicArchive({ ...archive, language: archiveLanguage(archive.topic) })
  for (const author of info.authors) {
    const person = people.get(author.login)
    if (person) links.addAuthorArchive({ id: author.id, login: author.login, person: person.slug.current })
  }
  links.addFeeds()
  return links
}

/**
 * A WordPress export, read in two streaming passes so memory holds one post at a time: pass 1
 * indexes the items (what to import, slugs, the old URLs, attachments), pass 2 converts each
 * post and hands its documents to `emit` before reading the next. Published posts become
 * articles; private, password-protected and (with --include-drafts) unpublished posts become
 * drafts; pages become articles with --include-pages. A broken item is an error naming it.
 */
export async function importWxrFile(
  path: string,
  assets: AssetCollector,
  emit: (documents: ArticleDocuments) => Promise<void>,
  options: WxrImportOptions,
): Promise<WxrImport> {
  const { info, items, attachments, otherItems, comments, warnings } = await indexExport(path, options)
  if (items.length === 0) {
    const other = Object.entries(otherItems).map(([type, count]) => `${count} ${type}`)
    throw new StructureError(
      undefined,
      `no posts: the export holds no post or page${other.length > 0 ? ` (only ${other.join(', ')})` : ''}`,
    )
  }

  const chosen = items.filter((item) => item.selection.action !== 'skip')
  // Slugs are unique per language: a translation may keep its original's slug.
  const slugs = new Map<string, string>()
  const changes: SlugChange[] = []
  for (const language of LANGUAGES) {
    const assigned = assignSlugs(
      chosen
        .filter((item) => item.language === language)
        .map((item) => ({
          key: String(item.index),
          postId: item.postId,
          postName: item.postName,
          title: item.title,
          date: item.date,
        })),
    )
    for (const [key, slug] of assigned.slugs) slugs.set(key, slug)
    changes.push(...assigned.changes)
  }
  const slugOwner = new Map(chosen.map((item) => [`${item.language}:${slugs.get(String(item.index))}`, item]))
  const taxonomy = new Taxonomy(info.terms)
  const people = peopleOf(info.authors)
  // A category archive leads to its topic in the language of the posts filed under it (the
  // default language when posts of several languages, or none, use it).
  const topicLanguages = new Map<string, Set<Language>>()
  for (const item of chosen)
    for (const topic of taxonomy.topicsOfPost(item.terms))
      topicLanguages.set(topic, (topicLanguages.get(topic) ?? new Set()).add(item.language))
  const archiveLanguage = (topic: string): Language => {
    const used = topicLanguages.get(topic)
    return !used || used.has(DEFAULT_LANGUAGE)
      ? DEFAULT_LANGUAGE
      : (LANGUAGES.find((language) => used.has(language)) ?? DEFAULT_LANGUAGE)
  }
  const links = registerLinks(info, items, slugs, taxonomy, people, archiveLanguage)
  const altFor = altLookup(attachments)

  const reports = new Map<number, PostReport>()
  for (const item of items) {
    const base = {
      item: item.index + 1,
      postId: item.postId,
      title: item.title,
      type: item.type,
      status: item.status,
      warnings: [],
    }
    if (item.selection.action === 'skip') {
      // A language the blog does not publish is a warning too: the post exists but did not arrive.
      const languageProblem = item.languageCode !== '' && blogLanguage(item.languageCode) === undefined
      reports.set(item.index, {
        ...base,
        outcome: 'skipped',
        reason: item.selection.reason,
        ...(languageProblem ? { warnings: [item.selection.reason] } : {}),
      })
    }
  }
  const errors: ImportError[] = []
  const usedPeople = new Map<string, PersonDocument>()
  const usedTopics = new Map<Language, Set<string>>()
  // Per translation group, the posts that arrived: the translation metadata links them.
  const groupMembers = new Map<string, Array<{ language: Language; id: string; slug: string; item: number }>>()
  const wanted = new Map(chosen.map((item) => [item.index, item]))
  let done = 0

  await readWxr(path, {
    onItem: async (node, index) => {
      const indexed = wanted.get(index)
      if (!indexed) return
      const item = wxrItemOf(node, index)
      const slug = slugs.get(String(index)) as string
      const draft = indexed.selection.action === 'draft'
      const change = changes.find((candidate) => candidate.key === String(index))
      const report: PostReport = {
        item: index + 1,
        postId: item.postId,
        title: item.title,
        type: item.postType,
        status: item.status,
        outcome: draft ? 'draft' : 'imported',
        ...(indexed.selection.action === 'draft' ? { reason: indexed.selection.reason } : {}),
        slug,
        ...(change
          ? { slugTakenBy: slugOwner.get(`${indexed.language}:${change.wanted}`)?.postId ?? change.wanted }
          : {}),
        warnings: [],
      }
      try {
        const converted = await convertItem(item, {
          slug,
          info,
          taxonomy,
          people,
          links,
          attachments,
          altFor,
          assets,
          options,
          language: indexed.language,
        })
        if (indexed.selection.action === 'draft' && indexed.selection.warn)
          converted.documents.warnings.unshift(`${indexed.selection.reason}: imported as a draft, not published`)
        if (change)
          converted.documents.warnings.push(`slug "${change.wanted}" belongs to an older post; this one is "${slug}"`)
        report.title = converted.documents.article.title
        // The title counts on both sides: documentWordCount includes it. The source is the content as
        // WordPress shows it (shortcodes expanded), not as stored: `[caption id="…"]` is no reader's word.
        report.words = {
          source: countWords(converted.documents.article.title) + htmlWordCount(converted.html),
          result: documentWordCount(converted.documents),
        }
        report.links = {
          ...converted.links,
          dropped: converted.documents.warnings.filter((warning) => /^link .*dropped/i.test(warning)).length,
        }
        report.images = countImages(converted.documents)
        report.warnings = converted.documents.warnings
        report.claims = reportedClaims(converted.documents)
        await emit(draft ? draftDocuments(converted.documents) : converted.documents)
        if (converted.author) usedPeople.set(converted.author._id, converted.author)
        const topicsOfLanguage = usedTopics.get(indexed.language) ?? new Set<string>()
        for (const topic of converted.topics) topicsOfLanguage.add(topic)
        usedTopics.set(indexed.language, topicsOfLanguage)
        if (indexed.group) {
          const members = groupMembers.get(indexed.group) ?? []
          members.push({ language: indexed.language, id: articleId(slug, indexed.language), slug, item: index + 1 })
          groupMembers.set(indexed.group, members)
        }
      } catch (error) {
        const problem = toImportError(path, error)
        const where = `${describeItem(item)}, line ${item.line}`
        errors.push(new ImportError(path, problem.where ? `${where}, ${problem.where}` : where, problem.problem))
        report.outcome = 'failed'
        report.reason = problem.problem
        delete report.slug
      }
      reports.set(index, report)
      done += 1
      options.onProgress?.(done, chosen.length)
    },
  })

  const topics = LANGUAGES.flatMap((language) => taxonomy.documentsFor(usedTopics.get(language) ?? [], language)).sort(
    (a, b) => (a._id < b._id ? -1 : 1),
  )
  const topicPaths = new Set(topics.map((topic) => topicPath(topic.slug.current, topic.language)))
  const personPaths = new Set([...usedPeople.values()].map((person) => authorPath(person.slug.current)))
  const anyArticle = [...reports.values()].some((report) => report.outcome === 'imported')
  const redirects = links
    .redirects()
    .filter(({ to }) =>
      isTopicPath(to)
        ? topicPaths.has(to)
        : to.startsWith('/authors/')
          ? personPaths.has(to)
          : isArticlePath(to) || anyArticle,
    )
  const translations: TranslationMetadataDocument[] = []
  for (const members of groupMembers.values()) {
    for (const language of LANGUAGES) {
      const same = members.filter((member) => member.language === language)
      if (same.length > 1)
        warnings.push(
          `items ${same.map((member) => member.item).join(', ')} are in one translation group with the same language "${language}"; item ${same[0]?.item} is linked`,
        )
    }
    const metadata = translationMetadata('article', members)
    if (metadata) translations.push(metadata)
  }
  return {
    shared: [...[...usedPeople.values()].sort((a, b) => (a._id < b._id ? -1 : 1)), ...topics],
    redirects,
    translations: translations.sort((a, b) => (a._id < b._id ? -1 : 1)),
    warnings,
    errors,
    report: { posts: [...reports.values()].sort((a, b) => a.item - b.item), otherItems, comments },
  }
}

interface ConvertContext {
  slug: string
  info: WxrChannelInfo
  taxonomy: Taxonomy
  people: Map<string, PersonDocument>
  links: LegacyLinks
  attachments: Map<string, Attachment>
  altFor: (src: string) => string | undefined
  assets: AssetCollector
  options: WxrImportOptions
  language: Language
}

const TITLE_WORDS = 8

// WordPress allows untitled posts (asides, status updates); they still arrive, named by their opening words.
function titleOf(item: WxrItem): { text: string; warning?: string } {
  if (plainText(item.title)) return { text: item.title }
  const words = plainText(item.content).split(' ').filter(Boolean)
  const text =
    words.length > 0
      ? `${words.slice(0, TITLE_WORDS).join(' ')}${words.length > TITLE_WORDS ? '…' : ''}`
      : `Untitled post ${item.postId}`.trim()
  return { text, warning: `no title; titled "${text}" from its opening words` }
}

async function convertItem(item: WxrItem, context: ConvertContext) {
  const { slug, taxonomy, links, attachments, assets, options, language } = context
  const modified = gmtDate(item.postModifiedGmt)
  // The local date read as UTC is hours off at most; the modified date is the last resort.
  const publishedAt = gmtDate(item.postDateGmt) ?? isoDateTime(item.pubDate) ?? gmtDate(item.postDate) ?? modified
  const author = context.people.get(item.creator) ?? (item.creator ? personForLogin(item.creator) : undefined)
  const topics = taxonomy.topicsOfPost(item.terms)
  const legacyUrl = pathOf(item.link)
  const thumbnail = attachments.get(item.meta.get('_thumbnail_id') ?? '')
  const imageSource = options.imageSource ?? remoteOnly
  const thumbnailSource = thumbnail ? imageSource(thumbnail.url) : undefined

  const meta: PostMeta = {
    ...(publishedAt ? { publishedAt } : {}),
    ...(publishedAt && modified && modified > publishedAt ? { updatedAt: modified } : {}),
    ...(author ? { author: author.slug.current } : {}),
    topics,
    language,
    ...(legacyUrl ? { legacyUrls: [legacyUrl] } : {}),
    ...(thumbnail && thumbnailSource
      ? { mainImage: { _type: 'image', _key: '', alt: thumbnail.alt || thumbnail.caption, source: thumbnailSource } }
      : {}),
  }
  const title = titleOf(item)
  const { post, html, warnings } = parseWordpressPost(
    { title: title.text, content: absolutizeOldLinks(item.content, links.base), excerpt: item.excerpt, slug, meta },
    {
      imageSource,
      altFor: context.altFor,
      attachment: (id) => {
        const found = attachments.get(id)
        return found
          ? {
              url: found.url,
              ...(found.alt ? { alt: found.alt } : {}),
              ...(found.caption ? { caption: found.caption } : {}),
            }
          : undefined
      },
      deriveEasyTocIds: true,
    },
  )
  const documents = await buildArticleDocuments(post, detectStructure(post.elements, { lenient: true }), assets, {
    topicId: (topic) => topicId(topic, language),
  })
  documents.warnings.unshift(...(title.warning ? [title.warning] : []), ...warnings)
  if (thumbnail && !thumbnail.alt && !thumbnail.caption)
    documents.warnings.push('featured image has no alt text; add it in the Studio')

  const category = taxonomy.documentsFor(topics.slice(0, 1))[0]?.title ?? ''
  const { seo, warnings: seoWarnings } = seoFromMeta(
    item.meta,
    { title: documents.article.title, excerpt: documents.article.excerpt, category },
    (url) => {
      const target = links.resolve(url)
      if (target.kind === 'external') return url
      if (target.kind === 'article' && target.slug === slug && target.language === language) return undefined
      documents.warnings.push(`canonical URL "${url}" points at another page of the old site; dropped`)
      return undefined
    },
  )
  if (seo) documents.article.seo = seo
  documents.warnings.push(...seoWarnings)

  const rewriter = new LinkRewriter(links, options.siteUrl)
  const { article, faqs } = documents
  documents.warnings.push(
    ...rewriter.rewrite([article.intro, article.sections, article.conclusion, ...faqs.map((faq) => faq.answer)]),
  )
  return { documents, author, topics, links: rewriter.counts, html }
}
