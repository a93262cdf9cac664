import { bundledSourcePath } from '@/lib/dataset/bundledDataset'
import { EXAMPLE_ARTICLE_ID, EXAMPLE_ARTICLE_PATH, EXAMPLE_ARTICLE_SLUG } from '@/tooling/exampleArticle'
import { documentsOfType, type Doc } from './bundledDocuments'

// What tests assume about the bundled sample content (sanity/dataset/source, built into
// sanity/dataset/data.ndjson). Every value is read from the dataset where it can be, so editing a
// sample article changes what the tests expect instead of breaking tests about something else.
// Only the choice of which document plays which part (the example article, the article with an
// old URL…) is written here; a choice the content no longer supports fails here, by name.

type Reference = { _ref: string }

const refsOf = (value: unknown): string[] => (Array.isArray(value) ? (value as Reference[]).map((ref) => ref._ref) : [])
const slugOf = (document: Doc): string => (document.slug as { current: string }).current

function byId(type: string, id: string): Doc {
  const found = documentsOfType(type).find((document) => document._id === id)
  if (!found)
    throw new Error(
      `the bundled dataset has no ${type} ${id}: tests/support/exampleContent.ts names one it no longer has`,
    )
  return found
}

function pick(type: string, description: string, test: (document: Doc) => boolean): Doc {
  const found = documentsOfType(type).find(test)
  if (!found)
    throw new Error(`the bundled dataset has no ${type} that ${description} (tests/support/exampleContent.ts)`)
  return found
}

const articleDoc = byId('article', EXAMPLE_ARTICLE_ID)
const authorDoc = byId('person', (articleDoc.author as Reference)._ref)
const sections = (articleDoc.sections ?? []) as { heading: string; takeaway?: Reference }[]

type Image = { alt: string; caption?: string; assetRef?: string }
function imagesIn(value: unknown, found: Image[] = []): Image[] {
  if (Array.isArray(value)) for (const item of value) imagesIn(item, found)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (record._type === 'image' && typeof record.alt === 'string')
      found.push({
        alt: record.alt,
        caption: record.caption as string | undefined,
        assetRef: (record.asset as Reference | undefined)?._ref,
      })
    for (const item of Object.values(record)) imagesIn(item, found)
  }
  return found
}

/** The example article: the page the browser, accessibility and performance runs audit. */
export const EXAMPLE_ARTICLE = {
  id: EXAMPLE_ARTICLE_ID,
  slug: EXAMPLE_ARTICLE_SLUG,
  path: EXAMPLE_ARTICLE_PATH,
  title: articleDoc.title as string,
  faqTitle: articleDoc.faqTitle as string,
  /** Its images' alt text and captions, in document order. */
  images: imagesIn(articleDoc),
  sectionHeadings: sections.map((section) => section.heading),
  takeawayIds: sections.flatMap((section) => (section.takeaway ? [section.takeaway._ref] : [])),
  faqIds: refsOf(articleDoc.faqs),
  topicIds: refsOf(articleDoc.topics),
  topicSlugs: refsOf(articleDoc.topics).map((id) => slugOf(byId('topic', id))),
  authorId: authorDoc._id,
  /** The source text the bundled article was imported from. */
  sourceFile: bundledSourcePath('articles', `${EXAMPLE_ARTICLE_SLUG}.txt`),
}

/** The author of the example article (the bundled content's only person). */
export const EXAMPLE_AUTHOR = {
  id: authorDoc._id,
  slug: slugOf(authorDoc),
  name: authorDoc.name as string,
  role: authorDoc.role as string,
  path: `/authors/${slugOf(authorDoc)}`,
}

const articles = documentsOfType('article')
const topics = documentsOfType('topic')

/** Every sample article, and every topic. */
export const SAMPLE_ARTICLES = articles.map((article) => ({
  id: article._id,
  slug: slugOf(article),
  title: article.title as string,
}))
export const SAMPLE_ARTICLE_SLUGS = SAMPLE_ARTICLES.map((article) => article.slug)
export const TOPICS = topics.map((topic) => ({ id: topic._id, slug: slugOf(topic), title: topic.title as string }))
export const TOPIC_SLUGS = TOPICS.map((topic) => topic.slug)

/** How many documents of each type the bundled content holds. */
export const COUNTS = {
  articles: articles.length,
  topics: topics.length,
  takeaways: documentsOfType('takeaway').length,
  faqs: documentsOfType('faq').length,
  people: documentsOfType('person').length,
}

const topicSummary = (document: Doc) => ({ id: document._id, slug: slugOf(document), title: document.title as string })

/** A topic that shows crisis resources, and one that does not. */
export const CRISIS_TOPIC = topicSummary(
  pick('topic', 'shows crisis resources', (topic) => topic.showCrisisResources === true),
)
export const CALM_TOPIC = topicSummary(
  pick('topic', 'shows no crisis resources', (topic) => topic.showCrisisResources !== true),
)

/** A topic some takeaways are filed under, and one some FAQs are. */
export const TOPIC_WITH_TAKEAWAYS = topicSummary(
  pick('topic', 'has takeaways', (topic) =>
    documentsOfType('takeaway').some((takeaway) => refsOf(takeaway.topics).includes(topic._id)),
  ),
)
export const TOPIC_WITH_FAQS = topicSummary(
  pick('topic', 'has FAQs', (topic) => documentsOfType('faq').some((faq) => refsOf(faq.topics).includes(topic._id))),
)

/** A sample article other than the example. */
export const OTHER_ARTICLE = (() => {
  const document = pick('article', 'is not the example article', (article) => article._id !== EXAMPLE_ARTICLE_ID)
  return {
    id: document._id,
    slug: slugOf(document),
    title: document.title as string,
    path: `/blog/${slugOf(document)}`,
  }
})()

type MovedArticle = { slug: string; newPath: string; oldPath: string; oldSegments: string[] }

/** Sample articles that moved: their old WordPress paths (legacyUrls) and where they live now. */
const movedArticles: MovedArticle[] = articles.flatMap((article) => {
  const [oldPath] = Array.isArray(article.legacyUrls)
    ? article.legacyUrls.filter((url): url is string => typeof url === 'string')
    : []
  if (!oldPath) return []
  // The old path's segments, as Next hands them to the catch-all route.
  return [
    {
      slug: slugOf(article),
      newPath: `/blog/${slugOf(article)}`,
      oldPath,
      oldSegments: oldPath.split('/').filter(Boolean),
    },
  ]
})

function moved(description: string, test: (article: MovedArticle) => boolean): MovedArticle {
  const found = movedArticles.find(test)
  if (!found) throw new Error(`no sample article has legacyUrls that ${description} (tests/support/exampleContent.ts)`)
  return found
}

/** A sample article whose old URL was another /blog/<slug>, and one whose old URL was a dated WordPress permalink. */
export const MOVED_BLOG_ARTICLE = moved(
  'start with /blog/',
  (article) => article.oldSegments[0] === 'blog' && article.oldSegments.length === 2,
)
export const MOVED_DATED_ARTICLE = moved('are dated (/yyyy/mm/slug/)', (article) =>
  /^\d{4}$/.test(article.oldSegments[0] ?? ''),
)

const textOf = (document: Doc) => JSON.stringify(document).toLowerCase()

/**
 * Words the search tests type. `allOnlyInExample`: words that occur together in the example
 * article and in no other. `titleWord`: a word one article has in its title and others in their text.
 */
export const SEARCH_TERMS = (() => {
  const allOnlyInExample = ['Chrissy', 'outpatient']
  const matching = articles.filter((article) =>
    allOnlyInExample.every((word) => textOf(article).includes(word.toLowerCase())),
  )
  if (matching.length !== 1 || matching[0]?._id !== EXAMPLE_ARTICLE_ID)
    throw new Error(
      `"${allOnlyInExample.join(' ')}" should occur in the example article only (tests/support/exampleContent.ts)`,
    )
  const titleWord = 'breastfeeding'
  const titled = pick('article', `has "${titleWord}" in its title`, (article) =>
    String(article.title).toLowerCase().includes(titleWord),
  )
  return { allOnlyInExample: allOnlyInExample.join(' '), titleWord, titleWordArticle: titled.title as string }
})()

const settingsDoc = byId('siteSettings', 'siteSettings')

/** The bundled site settings. */
export const SITE_SETTINGS = { clinicName: settingsDoc.clinicName as string }
