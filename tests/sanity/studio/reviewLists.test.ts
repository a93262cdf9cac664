import { evaluate, parse } from 'groq-js'
import { articlesWithOpenClaims, CLAIMS_TO_REVIEW_QUERY } from '@/sanity/studio/claimsToReview'
import {
  MISSING_SPANISH_TRANSLATION_FILTER,
  NEEDS_MEDICAL_REVIEW_FILTER,
  REVIEW_DUE_SOON_FILTER,
  REVIEW_OVERDUE_FILTER,
} from '@/sanity/studio/reviewFilters'

// The desk lists' GROQ, run with groq-js on fixtures dated relative to today.

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
const ref = (id: string, key = id) => ({ _type: 'reference', _ref: id, _key: key })
const reviewer = { _type: 'reference', _ref: 'person-dr' }

type Doc = { _id: string; _type: string } & Record<string, unknown>
const article = (id: string, reviewedDaysAgo: number | undefined, topics: string[] = ['topic-plain']): Doc => ({
  _id: id,
  _type: 'article',
  medicalReviewer: reviewer,
  ...(reviewedDaysAgo === undefined ? {} : { reviewedAt: daysAgo(reviewedDaysAgo) }),
  topics: topics.map((topic) => ref(topic)),
})

const topics: Doc[] = [
  { _id: 'topic-plain', _type: 'topic' },
  { _id: 'topic-quarterly', _type: 'topic', reviewIntervalMonths: 3 },
  { _id: 'topic-half-yearly', _type: 'topic', reviewIntervalMonths: 6 },
]

async function ids(filter: string, dataset: Doc[]): Promise<string[]> {
  const result = await (await evaluate(parse(`*[${filter}]._id`), { dataset })).get()
  return [...(result as string[])].sort()
}

describe('"Review overdue" and "Review due within 30 days"', () => {
  // Default interval (no site setting): 12 months, about 365 days.
  const defaults = [
    article('fresh', 30),
    article('due-soon', 350),
    article('overdue', 380),
    article('never-reviewed', undefined),
    { _id: 'faq-old', _type: 'faq', reviewedAt: daysAgo(900) },
  ]

  it('use 12 months when neither the site nor a topic sets an interval', async () => {
    expect(await ids(REVIEW_OVERDUE_FILTER, [...topics, ...defaults])).toEqual(['overdue'])
    expect(await ids(REVIEW_DUE_SOON_FILTER, [...topics, ...defaults])).toEqual(['due-soon'])
  })

  it("use the site's interval", async () => {
    const site: Doc = { _id: 'siteSettings', _type: 'siteSettings', reviewIntervalMonths: 6 }
    const dataset = [site, ...topics, article('fresh', 30), article('due-soon', 170), article('overdue', 200)]
    expect(await ids(REVIEW_OVERDUE_FILTER, dataset)).toEqual(['overdue'])
    expect(await ids(REVIEW_DUE_SOON_FILTER, dataset)).toEqual(['due-soon'])
  })

  it("let a topic's shorter interval win, the shortest of the article's topics", async () => {
    const site: Doc = { _id: 'siteSettings', _type: 'siteSettings', reviewIntervalMonths: 12 }
    const dataset = [
      site,
      ...topics,
      article('quarterly-overdue', 100, ['topic-plain', 'topic-quarterly']),
      article('quarterly-due-soon', 80, ['topic-half-yearly', 'topic-quarterly']),
      article('quarterly-fresh', 20, ['topic-quarterly']),
      article('half-yearly-overdue', 200, ['topic-half-yearly']),
      article('plain-not-due', 200, ['topic-plain']),
    ]
    expect(await ids(REVIEW_OVERDUE_FILTER, dataset)).toEqual(['half-yearly-overdue', 'quarterly-overdue'])
    expect(await ids(REVIEW_DUE_SOON_FILTER, dataset)).toEqual(['quarterly-due-soon'])
  })
})

describe('"Needs medical review"', () => {
  it('lists unreviewed, overdue and changed-since-review articles', async () => {
    const dataset = [
      ...topics,
      { _id: 'unreviewed', _type: 'article' },
      { ...article('no-date', undefined) },
      article('stale', 400),
      article('fresh', 30),
      { ...article('edited', 30), reviewNeedsConfirmation: true },
    ]
    expect(await ids(NEEDS_MEDICAL_REVIEW_FILTER, dataset)).toEqual(['edited', 'no-date', 'stale', 'unreviewed'])
  })
})

describe('"Claims to review"', () => {
  const block = (text: string, key: string) => ({
    _type: 'block',
    _key: key,
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  })
  const dataset: Doc[] = [
    { _id: 'takeaway-fast', _type: 'takeaway', text: 'It brings instant relief.' },
    { _id: 'faq-plain', _type: 'faq', answer: [block('Ask your doctor.', 'f')] },
    { _id: 'clean', _type: 'article', title: 'Depression', intro: [block('Depression is common.', 'i')] },
    { _id: 'in-excerpt', _type: 'article', title: 'Ketamine', excerpt: 'A guaranteed result.' },
    {
      _id: 'in-takeaway',
      _type: 'article',
      title: 'Ketamine',
      sections: [
        { _key: 's1', heading: 'Relief', body: [block('Some improve.', 'b')], takeaway: ref('takeaway-fast') },
      ],
      faqs: [ref('faq-plain')],
    },
    {
      _id: 'acknowledged',
      _type: 'article',
      title: 'Ketamine',
      excerpt: 'A guaranteed result.',
      medicalReviewer: reviewer,
      claimAcknowledgements: [{ ruleId: 'guaranteed-outcome', quote: 'guaranteed', reviewer, date: daysAgo(1) }],
    },
    {
      _id: 'acknowledged-by-someone-else',
      _type: 'article',
      title: 'Ketamine',
      excerpt: 'A guaranteed result.',
      medicalReviewer: reviewer,
      claimAcknowledgements: [{ ruleId: 'guaranteed-outcome', quote: 'guaranteed', reviewer: ref('person-other') }],
    },
  ]

  it('lists the articles with claims no acknowledgement by their reviewer covers, takeaways included', async () => {
    const articles = await (await evaluate(parse(CLAIMS_TO_REVIEW_QUERY), { dataset })).get()
    expect(articlesWithOpenClaims(articles).sort()).toEqual([
      'acknowledged-by-someone-else',
      'in-excerpt',
      'in-takeaway',
    ])
  })
})

describe('"Missing Spanish translation"', () => {
  const entry = (language: string, id: string, key = language) => ({
    _key: key,
    _type: 'internationalizedArrayReferenceValue',
    language,
    value: { _type: 'reference', _ref: id, _weak: true },
  })
  const metadata = (id: string, ...translations: ReturnType<typeof entry>[]): Doc => ({
    _id: `translation-metadata-${id}`,
    _type: 'translation.metadata',
    schemaTypes: ['article'],
    translations,
  })
  const dataset: Doc[] = [
    // Linked to a published Spanish translation, or to one still in draft: not missing.
    { _id: 'translated', _type: 'article', language: 'en' },
    { _id: 'translated-es', _type: 'article', language: 'es' },
    metadata('translated', entry('en', 'translated'), entry('es', 'translated-es')),
    { _id: 'being-translated', _type: 'article' },
    { _id: 'drafts.being-translated-es', _type: 'article', language: 'es' },
    // The plugin's own metadata: random keys, uuid ids.
    metadata('being-translated', entry('en', 'being-translated', 'k1'), entry('es', 'being-translated-es', 'k2')),
    // Missing: no metadata; metadata with no Spanish entry; a Spanish entry pointing back at the
    // article itself; a Spanish entry left behind by a deleted translation; another language only.
    { _id: 'never-linked', _type: 'article', language: 'en' },
    { _id: 'before-the-edition', _type: 'article' },
    { _id: 'english-only-metadata', _type: 'article', language: 'en' },
    metadata('english-only-metadata', entry('en', 'english-only-metadata')),
    { _id: 'points-at-itself', _type: 'article', language: 'en' },
    metadata('points-at-itself', entry('en', 'points-at-itself'), entry('es', 'points-at-itself')),
    { _id: 'translation-deleted', _type: 'article', language: 'en' },
    metadata('translation-deleted', entry('en', 'translation-deleted'), entry('es', 'gone')),
    { _id: 'french-only', _type: 'article', language: 'en' },
    { _id: 'french-only-fr', _type: 'article', language: 'fr' },
    metadata('french-only', entry('en', 'french-only'), entry('fr', 'french-only-fr')),
    // Not listed: drafts (not published), Spanish articles, other types.
    { _id: 'drafts.unpublished', _type: 'article', language: 'en' },
    { _id: 'versions.r1.in-a-release', _type: 'article', language: 'en' },
    { _id: 'spanish-original', _type: 'article', language: 'es' },
    { _id: 'faq-untranslated', _type: 'faq', language: 'en' },
  ]

  it('lists published English articles (language "en" or none) with no Spanish translation linked', async () => {
    expect(await ids(MISSING_SPANISH_TRANSLATION_FILTER, dataset)).toEqual([
      'before-the-edition',
      'english-only-metadata',
      'french-only',
      'never-linked',
      'points-at-itself',
      'translation-deleted',
    ])
  })

  it('drops an article once its translation is linked', async () => {
    const linked = [
      ...dataset,
      { _id: 'never-linked-es', _type: 'article', language: 'es' },
      metadata('never-linked', entry('en', 'never-linked'), entry('es', 'never-linked-es')),
    ]
    expect(await ids(MISSING_SPANISH_TRANSLATION_FILTER, linked)).not.toContain('never-linked')
  })
})
