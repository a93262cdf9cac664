import { parseNdjson } from '@/lib/dataset/ndjson'
import { publishedView, type SanityDocument } from '@/lib/sanity/embedded/publishedView'
import { articleSection, reference, textBlock } from './contentBlocks'

export type GeneratedSiteOptions = {
  articles: number
  /** Every n-th article is marked noindex (0: none). */
  noindexEvery?: number
  /** Every n-th article has a canonical URL on another site (0: none). */
  canonicalElsewhereEvery?: number
}

const TOPICS = ['anxiety', 'depression', 'ketamine-therapy', 'postpartum-depression', 'ptsd']
const PEOPLE = ['editorial-team', 'first-writer', 'second-writer']

/**
 * A site of any size in the shape `sanity dataset export` writes, run through the same parser
 * as the bundled dataset. Article i is published i hours before 2025-06-01, so article 0 is the
 * newest; every article has one FAQ and a legacy URL.
 */
export function generatedSiteNdjson({
  articles,
  noindexEvery = 0,
  canonicalElsewhereEvery = 0,
}: GeneratedSiteOptions): string {
  const documents: Record<string, unknown>[] = [
    { _id: 'siteSettings', _type: 'siteSettings', clinicName: 'Generated Clinic' },
    ...TOPICS.map((slug) => ({
      _id: `topic-${slug}`,
      _type: 'topic',
      title: `Topic ${slug}`,
      slug: { _type: 'slug', current: slug },
    })),
    ...PEOPLE.map((slug) => ({
      _id: `person-${slug}`,
      _type: 'person',
      name: `Person ${slug}`,
      slug: { _type: 'slug', current: slug },
    })),
    { _id: 'redirect-moved-home', _type: 'redirect', from: '/blog/article-3/', to: '/blog/article-4', permanent: true },
  ]
  const start = Date.parse('2025-06-01T00:00:00Z')
  for (let i = 0; i < articles; i++) {
    const slug = `article-${i}`
    documents.push({
      _id: `faq-${slug}`,
      _type: 'faq',
      question: `Is article ${i} useful?`,
      answer: [textBlock('block0', `Answer ${i}.`)],
    })
    documents.push({
      _id: `article-${slug}`,
      _type: 'article',
      title: `Article ${i} & friends`,
      slug: { _type: 'slug', current: slug },
      excerpt: `Summary of article ${i}.`,
      publishedAt: new Date(start - i * 3_600_000).toISOString(),
      ...(i % 7 === 0 ? { updatedAt: new Date(start - i * 3_600_000 + 1_800_000).toISOString() } : {}),
      author: reference(`person-${PEOPLE[i % PEOPLE.length]}`),
      topics: [reference(`topic-${TOPICS[i % TOPICS.length]}`, 'topic0')],
      intro: [textBlock('block0', `Introduction of article ${i}.`)],
      sections: [articleSection('section0', 'Section', 'section', [textBlock('block0', 'Body.')])],
      faqs: [reference(`faq-${slug}`, 'faq0')],
      legacyUrls: [`/${2020 + (i % 5)}/01/${slug}/`],
      ...(noindexEvery && i % noindexEvery === 1 ? { seo: { _type: 'seo', noindex: true } } : {}),
      ...(canonicalElsewhereEvery && i % canonicalElsewhereEvery === 2
        ? { seo: { _type: 'seo', canonicalUrl: `https://elsewhere.example/${slug}` } }
        : {}),
    })
  }
  return documents.map((document) => JSON.stringify(document)).join('\n')
}

export function generatedSite(options: GeneratedSiteOptions): SanityDocument[] {
  return publishedView(parseNdjson(generatedSiteNdjson(options), 'generated.ndjson'))
}
