import { EXAMPLE_ARTICLE_ID } from './exampleArticle'
import { AUDIENCES, CREDENTIALS, FIRST_NAMES, LAST_NAMES, SUBJECTS, TITLE_PATTERNS } from './benchTopics'
import { block, paragraphs, prosePool, sentences, type ProsePool } from './prose'
import { createRandom, type Random } from './random'

type Doc = Record<string, unknown> & { _id: string; _type: string }
type Ref = { _type: 'reference'; _ref: string; _key?: string }

// Publication dates end here and run back in time, so no date is ever in the future and the
// output does not depend on the day it is generated.
const NEWEST = Date.UTC(2025, 11, 31, 9)
const DAY = 24 * 60 * 60 * 1000
const SPAN = 10 * 365 * DAY

const ref = (id: string, key?: string): Ref => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })
const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.lastIndexOf(' ', max - 2)
  return `${text.slice(0, cut > 0 ? cut : max - 1).replace(/[,;:.]$/, '')}.`
}

function refsIn(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, into)
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '_ref' && typeof item === 'string') into.add(item)
      else refsIn(item, into)
    }
  }
  return into
}

function findImagePointer(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(findImagePointer).find(Boolean)
  if (!value || typeof value !== 'object') return undefined
  const pointer = (value as { _sanityAsset?: unknown })._sanityAsset
  return typeof pointer === 'string' ? pointer : Object.values(value).map(findImagePointer).find(Boolean)
}

type Context = { random: Random; pool: ProsePool; image?: string }

function topics(context: Context, count: number, existing: Doc[]): Doc[] {
  const taken = new Set(existing.map((topic) => topic._id))
  const created: Doc[] = []
  for (const audience of AUDIENCES) {
    for (const subject of SUBJECTS) {
      if (existing.length + created.length >= count) return created
      const title = `${subject.title} ${audience}`.trim()
      const _id = `topic-${slugify(title)}`
      if (taken.has(_id)) continue
      created.push({
        _id,
        _type: 'topic',
        title,
        slug: { _type: 'slug', current: slugify(title) },
        description: clip(
          `Articles about ${title.toLowerCase()}: ${sentences(context.random, context.pool, 1, 2)}`,
          300,
        ),
        showCrisisResources: subject.mentalHealth,
      })
    }
  }
  return created
}

function people(context: Context, count: number, kind: 'author' | 'reviewer'): Doc[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[(index * 7 + (kind === 'author' ? 0 : 3)) % LAST_NAMES.length]}`
    const slug = `${slugify(name)}-${kind}-${index + 1}`
    return {
      _id: `person-${slug}`,
      _type: 'person',
      name,
      slug: { _type: 'slug', current: slug },
      ...(kind === 'reviewer' ? { credentials: context.random.pick(CREDENTIALS) } : {}),
      role: kind === 'reviewer' ? 'Medical reviewer (generated for benchmarks)' : 'Writer (generated for benchmarks)',
      bio: sentences(context.random, context.pool, 2, 3),
    }
  })
}

type Cast = { topics: Doc[]; authors: Doc[]; reviewers: Doc[]; articles: Doc[]; faqsByTopic: Map<string, string[]> }

function imageBlock(context: Context, key: string, alt: string) {
  return { _type: 'image', _key: key, alt, caption: alt, asset: { _sanityAsset: context.image } }
}

function sectionBody(context: Context, cast: Cast) {
  const { random, pool } = context
  const body: Record<string, unknown>[] = []
  const key = () => `block${body.length}`
  for (let paragraph = random.int(2, 5); paragraph > 0; paragraph--) {
    if (random.chance(0.25)) body.push(block(key(), 'h3', random.pick(pool.headings)))
    const earlier = cast.articles.length > 0 && random.chance(0.15) ? random.pick(cast.articles) : undefined
    const link = earlier
      ? { _type: 'internalLink', reference: ref(earlier._id) }
      : random.chance(0.15)
        ? { _type: 'link', href: `https://www.ncbi.nlm.nih.gov/pmc/articles/PMC${random.int(1000000, 9999999)}/` }
        : undefined
    body.push(block(key(), 'normal', sentences(random, pool, 2, 4), link))
    if (random.chance(0.15))
      for (let item = random.int(3, 4); item > 0; item--)
        body.push(block(key(), 'normal', random.pick(pool.sentences), undefined, 'bullet'))
    if (context.image && random.chance(0.1)) body.push(imageBlock(context, key(), random.pick(pool.headings)))
  }
  return body
}

function article(context: Context, cast: Cast, index: number, total: number): Doc[] {
  const { random, pool } = context
  const articleTopics = random.pickSkewed(cast.topics, random.int(1, 3))
  const mainTopic = articleTopics[0]!
  const title = random.pick(TITLE_PATTERNS)(String(mainTopic.title))
  const slug = `${slugify(title)}-${index}`
  const _id = `article-${slug}`
  const topicRefs = articleTopics.map((topic, key) => ref(topic._id, `topic${key}`))
  const published = NEWEST - Math.floor(((total - index) / total) * SPAN) - random.int(0, 6) * 60 * 60 * 1000
  const mentalHealth = articleTopics.some((topic) => topic.showCrisisResources === true)
  const reviewer = mentalHealth || random.chance(0.4) ? random.pick(cast.reviewers) : undefined
  const created: Doc[] = []

  const headings = new Set<string>()
  const sections = Array.from({ length: random.int(3, 7) }, (_, number) => {
    let heading = random.pick(pool.headings)
    while (headings.has(heading)) heading = `${random.pick(pool.headings)} (${number + 1})`
    headings.add(heading)
    let takeaway: Ref | undefined
    if (random.chance(0.8)) {
      const takeawayId = `takeaway-${slug}-${number + 1}`
      created.push({
        _id: takeawayId,
        _type: 'takeaway',
        text: clip(random.pick(pool.takeaways), 300),
        topics: topicRefs,
      })
      takeaway = ref(takeawayId)
    }
    return {
      _type: 'section',
      _key: `section${number}`,
      heading,
      anchor: { _type: 'slug', current: slugify(heading) },
      body: sectionBody(context, cast),
      ...(takeaway ? { takeaway } : {}),
    }
  })

  // Some FAQs are shared with other articles on the same topic, as on a real clinic's site.
  const faqIds = new Set<string>()
  const shared = cast.faqsByTopic.get(mainTopic._id) ?? []
  cast.faqsByTopic.set(mainTopic._id, shared)
  for (let number = 1, count = random.int(3, 6); number <= count; number++) {
    const reuse = shared.length > 0 && random.chance(0.35) ? random.pick(shared.slice(-40)) : undefined
    if (reuse && !faqIds.has(reuse)) {
      faqIds.add(reuse)
      continue
    }
    const faqId = `faq-${slug}-${number}`
    created.push({
      _id: faqId,
      _type: 'faq',
      question: random.pick(pool.questions),
      answer: paragraphs(random, pool, 1, 2),
      topics: topicRefs,
    })
    faqIds.add(faqId)
    shared.push(faqId)
  }

  const date = (time: number) => new Date(Math.min(time, NEWEST)).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const related =
    cast.articles.length > 3 && random.chance(0.15)
      ? random.pickSkewed(cast.articles.slice(-30).reverse(), random.int(1, 3))
      : []
  const doc: Doc = {
    _id,
    _type: 'article',
    title,
    slug: { _type: 'slug', current: slug },
    excerpt: clip(sentences(random, pool, 1, 2), 300),
    publishedAt: date(published),
    ...(random.chance(0.3) ? { updatedAt: date(published + random.int(1, 400) * DAY) } : {}),
    author: ref(random.pick(cast.authors)._id),
    ...(reviewer
      ? { medicalReviewer: ref(reviewer._id), reviewedAt: date(published + random.int(0, 30) * DAY).slice(0, 10) }
      : {}),
    topics: topicRefs,
    ...(context.image && random.chance(0.7)
      ? {
          mainImage: {
            _type: 'image',
            alt: title,
            caption: random.pick(pool.headings),
            asset: { _sanityAsset: context.image },
          },
        }
      : {}),
    intro: paragraphs(random, pool, 2, 3),
    sections,
    faqTitle: `FAQs about ${mainTopic.title}`,
    faqs: [...faqIds].map((faqId, key) => ref(faqId, `faq${key}`)),
    conclusion: paragraphs(random, pool, 1, 2),
    sources: Array.from({ length: random.int(1, 4) }, (_, key) => ({
      _type: 'source',
      _key: `source${key}`,
      title: clip(random.pick(pool.sentences), 120),
      url: `https://pubmed.ncbi.nlm.nih.gov/${random.int(10000000, 39999999)}/`,
      publisher: random.pick(['PubMed', 'NIMH', 'American Psychiatric Association', 'JAMA Psychiatry']),
    })),
    ...(related.length > 0 ? { related: related.map((pick, key) => ref(pick._id, `related${key}`)) } : {}),
    ...(random.chance(0.3)
      ? { seo: { _type: 'seo', metaTitle: clip(title, 60), metaDescription: clip(sentences(random, pool, 2, 2), 155) } }
      : {}),
    ...(random.chance(0.2) ? { legacyUrls: [`/${slugify(title)}-${index}-old/`] } : {}),
  }
  cast.articles.push(doc)
  return [...created, doc]
}

/**
 * A realistic dataset of `articles` articles in `sanity dataset export` format, the same for
 * the same seed: the bundled site settings, people, topics and example article (with its
 * takeaways and FAQs), then generated topics, writers, reviewers and articles with sections,
 * takeaways, FAQs (some shared), sources, internal links and related picks. Topics and people
 * grow with the square root of N, as on real blogs.
 */
export function generateBenchDataset(bundled: Doc[], { articles, seed }: { articles: number; seed: number }): Doc[] {
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error(`--articles must be a whole number of at least 1 (got ${articles})`)
  const example = bundled.find((doc) => doc._id === EXAMPLE_ARTICLE_ID)
  if (!example) throw new Error(`the bundled dataset has no ${EXAMPLE_ARTICLE_ID} to build on`)
  const exampleRefs = refsIn(example, new Set())
  const kept = bundled.filter(
    (doc) =>
      ['siteSettings', 'person', 'topic'].includes(doc._type) ||
      doc._id === EXAMPLE_ARTICLE_ID ||
      exampleRefs.has(doc._id),
  )
  const context: Context = { random: createRandom(seed), pool: prosePool(bundled), image: findImagePointer(bundled) }
  const bundledTopics = kept.filter((doc) => doc._type === 'topic')
  const root = Math.sqrt(articles)
  const cast: Cast = {
    topics: [...bundledTopics, ...topics(context, Math.max(6, Math.round(1.5 * root)), bundledTopics)],
    authors: people(context, Math.max(2, Math.round(root / 2)), 'author'),
    reviewers: people(context, Math.max(1, Math.round(root / 3)), 'reviewer'),
    articles: [example],
    faqsByTopic: new Map(),
  }
  const generated = Array.from({ length: articles - 1 }, (_, index) =>
    article(context, cast, index + 1, articles),
  ).flat()
  return [...kept, ...cast.topics.slice(bundledTopics.length), ...cast.authors, ...cast.reviewers, ...generated]
}
