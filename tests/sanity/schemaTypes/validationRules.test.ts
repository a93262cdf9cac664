import type { SanityDocument } from 'sanity'
import { errorsOf, validateWithStudioRules } from '../../support/studioValidation'

// Each bad document below is a valid one with a single mistake, checked with Sanity's own
// validation (the schema's rules, run as the Studio runs them) against a small offline dataset.

type Doc = SanityDocument & Record<string, unknown>
const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })
const slug = (current: string) => ({ _type: 'slug', current })
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
const IMAGE = 'image-1b71a2048d5022d01b7d3a0168c0cb5c7c277711-1200x675-png'

function block(text: string, key: string, link?: string): Record<string, unknown> {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: link ? [{ _type: 'link', _key: `${key}-link`, href: link }] : [],
    children: [{ _type: 'span', _key: `${key}-span`, text, marks: link ? [`${key}-link`] : [] }],
  }
}

const doc = (fields: Record<string, unknown>) => fields as Doc
const without = (value: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)))

const dataset: Doc[] = [
  doc({
    _id: 'topic-mental-health',
    _type: 'topic',
    title: 'Mental health',
    slug: slug('mental-health'),
    showCrisisResources: true,
  }),
  doc({
    _id: 'topic-ketamine-therapy',
    _type: 'topic',
    title: 'Ketamine therapy',
    slug: slug('ketamine-therapy'),
    showCrisisResources: false,
  }),
  doc({ _id: 'person-editorial-team', _type: 'person', name: 'Editorial team', slug: slug('editorial-team') }),
  doc({ _id: 'person-dr-rivera', _type: 'person', name: 'Dr. Rivera', slug: slug('dr-rivera'), credentials: 'MD' }),
  doc({ _id: IMAGE, _type: 'sanity.imageAsset', url: 'https://cdn.sanity.io/x.png' }),
  doc({ _id: 'article-existing', _type: 'article', title: 'Existing', slug: slug('taken-slug') }),
]

const goodArticle = doc({
  _id: 'article-good',
  _type: 'article',
  title: 'Ketamine for postpartum depression',
  slug: slug('ketamine-for-postpartum-depression'),
  excerpt: 'What the treatment is and who it may help.',
  publishedAt: '2024-05-01T09:00:00Z',
  author: ref('person-editorial-team'),
  medicalReviewer: ref('person-dr-rivera'),
  reviewedAt: daysAgo(30),
  topics: [ref('topic-mental-health', 't1')],
  mainImage: { _type: 'image', asset: ref(IMAGE), alt: 'A mother holding her baby by a window' },
  intro: [block('Postpartum depression is common and treatable.', 'i1', 'https://www.nimh.nih.gov/')],
  sections: [
    {
      _type: 'section',
      _key: 's1',
      heading: 'What it is',
      anchor: slug('what-it-is'),
      body: [block('Body text.', 'b1')],
    },
    {
      _type: 'section',
      _key: 's2',
      heading: 'How it helps',
      anchor: slug('how-it-helps'),
      body: [block('More text.', 'b2', 'mailto:care@example.org')],
    },
  ],
  seo: {
    _type: 'seo',
    metaDescription:
      'Ketamine for postpartum depression: how it works, who it may help and what a first appointment looks like.',
  },
})

const validate = (document: Doc) => validateWithStudioRules(document, [...dataset, document], 'studio')
const errorsFor = async (document: Doc) => errorsOf(await validate(document))
const warningsFor = async (document: Doc) =>
  (await validate(document))
    .filter((marker) => marker.level === 'warning')
    .map((marker) => `${marker.path.map(String).join('.')}: ${marker.message}`)

describe('Studio validation on articles', () => {
  it('accepts a complete, reviewed article', async () => {
    expect(await errorsFor(goodArticle)).toEqual([])
    expect(await warningsFor(goodArticle)).toEqual([])
  })

  it('requires alt text on the main image', async () => {
    const image = without(goodArticle.mainImage as Record<string, unknown>, 'alt')
    expect(await errorsFor(doc({ ...goodArticle, mainImage: image }))).toEqual([
      'mainImage.alt: Describe the image for screen-reader users.',
    ])
  })

  it('requires alt text on images inside the text, but not on an empty image slot', async () => {
    const withImage = (image: Record<string, unknown>) =>
      doc({ ...goodArticle, intro: [block('Intro.', 'i1'), { _type: 'image', _key: 'img', ...image }] })
    expect(await errorsFor(withImage({ asset: ref(IMAGE) }))).toEqual([
      'intro.[_key=="img"].alt: Describe the image for screen-reader users.',
    ])
    expect(await errorsFor(withImage({}))).toEqual([])
  })

  it('blocks an article on a mental-health topic without a medical reviewer and review date', async () => {
    const unreviewed = without(goodArticle, 'medicalReviewer', 'reviewedAt')
    expect(await errorsFor(doc(unreviewed))).toEqual([
      'medicalReviewer: Add a medical reviewer: required before publishing on a mental-health topic.',
      'reviewedAt: Add the review date: required before publishing on a mental-health topic.',
    ])
  })

  it('only warns about a missing review on other topics', async () => {
    const unreviewed = without(goodArticle, 'medicalReviewer', 'reviewedAt')
    const otherTopic = doc({ ...unreviewed, topics: [ref('topic-ketamine-therapy', 't1')] })
    expect(await errorsFor(otherTopic)).toEqual([])
    expect(await warningsFor(otherTopic)).toEqual([
      'medicalReviewer: Add a medical reviewer: recommended for health content.',
      'reviewedAt: Add the review date: recommended for health content.',
    ])
  })

  it('refuses a review date in the future and flags one older than 12 months', async () => {
    expect(await errorsFor(doc({ ...goodArticle, reviewedAt: daysAgo(-10) }))).toEqual([
      'reviewedAt: The review date cannot be in the future.',
    ])
    expect(await warningsFor(doc({ ...goodArticle, reviewedAt: daysAgo(400) }))).toEqual([
      "reviewedAt: Reviewed more than 12 months ago (the article's review interval): ask a clinician to review it again and update the date.",
    ])
  })

  it("flags a review older than the shortest interval of the article's topics, or the site's", async () => {
    const quarterly = doc({
      _id: 'topic-quarterly',
      _type: 'topic',
      title: 'Quarterly',
      slug: slug('quarterly'),
      reviewIntervalMonths: 3,
    })
    const onQuarterly = doc({
      ...goodArticle,
      reviewedAt: daysAgo(100),
      topics: [ref('topic-mental-health', 't1'), ref('topic-quarterly', 't2')],
    })
    const warnings = async (document: Doc, extra: Doc[]) =>
      (await validateWithStudioRules(document, [...dataset, ...extra, document], 'studio'))
        .filter((marker) => marker.level === 'warning' && marker.path[0] === 'reviewedAt')
        .map((marker) => marker.message)
    expect(await warnings(onQuarterly, [quarterly])).toEqual([
      "Reviewed more than 3 months ago (the article's review interval): ask a clinician to review it again and update the date.",
    ])
    expect(await warnings(doc({ ...goodArticle, reviewedAt: daysAgo(100) }), [])).toEqual([])
    const site = doc({ _id: 'siteSettings', _type: 'siteSettings', reviewIntervalMonths: 2 })
    expect(await warnings(doc({ ...goodArticle, reviewedAt: daysAgo(100) }), [site])).toHaveLength(1)
  })

  it('refuses a slug that is not URL-safe', async () => {
    expect(await errorsFor(doc({ ...goodArticle, slug: slug('Ketamine & PPD!') }))).toEqual([
      'slug: Use lowercase letters, digits and single dashes only (for example "postpartum-depression").',
    ])
  })

  it('refuses a slug another article already has, but not the same article’s own draft', async () => {
    expect(await errorsFor(doc({ ...goodArticle, slug: slug('taken-slug') }))).toEqual(['slug: Slug is already in use'])
    const draft = doc({ ...goodArticle, _id: 'drafts.article-good' })
    expect(errorsOf(await validateWithStudioRules(draft, [...dataset, goodArticle, draft], 'studio'))).toEqual([])
  })

  it('refuses two sections with the same anchor, and anchors that are not URL-safe', async () => {
    const sections = goodArticle.sections as Record<string, unknown>[]
    const repeated = doc({ ...goodArticle, sections: [sections[0], { ...sections[1], anchor: slug('what-it-is') }] })
    expect(await errorsFor(repeated)).toEqual([
      'sections: Two sections share the anchor "what-it-is": give each its own.',
    ])
    const unsafe = doc({ ...goodArticle, sections: [sections[0], { ...sections[1], anchor: slug('How_It_Helps') }] })
    expect(await errorsFor(unsafe)).toEqual([
      'sections.[_key=="s2"].anchor: Use lowercase letters, digits and single dashes only (for example "postpartum-depression").',
    ])
  })

  it('warns about a meta description outside 50-160 characters and refuses a pasted paragraph', async () => {
    const withDescription = (metaDescription: string) => doc({ ...goodArticle, seo: { _type: 'seo', metaDescription } })
    expect(await warningsFor(withDescription('Too short.'))).toEqual([
      'seo.metaDescription: Shorter than 50 characters: search engines may write their own snippet.',
    ])
    expect(await errorsFor(withDescription('x'.repeat(200)))).toEqual([])
    expect(await warningsFor(withDescription('x'.repeat(200)))).toEqual([
      'seo.metaDescription: Longer than 160 characters: search engines will cut it.',
    ])
    expect(await errorsFor(withDescription('x'.repeat(400)))).toEqual([
      'seo.metaDescription: A meta description is one or two sentences: keep it under 160 characters.',
    ])
  })

  it.each([
    ['javascript:alert(1)', 'Does not match allowed protocols/schemes'],
    ['data:text/html,<script>alert(1)</script>', 'Does not match allowed protocols/schemes'],
    ['vbscript:msgbox', 'Does not match allowed protocols/schemes'],
    ['ftp://example.org/file', 'Does not match allowed protocols/schemes'],
    // Links to other articles use the "Link to another article" annotation instead.
    ['/blog/some-article', 'Not a valid URL'],
  ])('refuses a link to %s', async (href, message) => {
    const errors = await errorsFor(doc({ ...goodArticle, intro: [block('A link.', 'i1', href)] }))
    expect(errors).toEqual([`intro.[_key=="i1"].markDefs.[_key=="i1-link"].href: ${message}`])
  })

  it.each(['https://www.nimh.nih.gov/health', 'http://example.org', 'mailto:care@example.org', 'tel:+15555550123'])(
    'accepts a link to %s',
    async (href) => {
      expect(await errorsFor(doc({ ...goodArticle, intro: [block('A link.', 'i1', href)] }))).toEqual([])
    },
  )
})

describe('Studio validation on FAQs and takeaways', () => {
  const faq = (answer: unknown[]) =>
    doc({
      _id: 'faq-1',
      _type: 'faq',
      question: 'Is ketamine safe while breastfeeding?',
      answer,
      topics: [ref('topic-mental-health', 't')],
    })

  it('accepts an FAQ with an answer', async () => {
    expect(await errorsFor(faq([block('Ask your clinician; the evidence is limited.', 'a')]))).toEqual([])
  })

  it.each([
    ['no answer', []],
    ['an empty paragraph', [block('', 'a')]],
    ['only spaces', [block('   \n ', 'a')]],
  ])('refuses an FAQ with %s', async (_case, answer) => {
    expect(await errorsFor(faq(answer))).toEqual(['answer: Write an answer.'])
  })

  it('refuses a question that does not end with "?"', async () => {
    expect(await errorsFor(doc({ ...faq([block('Yes.', 'a')]), question: 'Ketamine and breastfeeding' }))).toEqual([
      'question: A question ends with "?".',
    ])
  })

  const takeaway = (text: string) => doc({ _id: 'takeaway-1', _type: 'takeaway', text })

  it('accepts a takeaway of 300 characters, warns past 300 and refuses a paragraph-sized one', async () => {
    expect(await errorsFor(takeaway('x'.repeat(300)))).toEqual([])
    expect(await warningsFor(takeaway('x'.repeat(300)))).toEqual([])
    expect(await warningsFor(takeaway('x'.repeat(301)))).toEqual([
      'text: Aim for 300 characters or fewer: takeaways are read at a glance.',
    ])
    expect(await errorsFor(takeaway('x'.repeat(501)))).toEqual(['text: Must be at most 500 characters long'])
  })
})

describe('Studio validation on review intervals', () => {
  const topicWith = (months: number) =>
    doc({ _id: 'topic-x', _type: 'topic', title: 'X', slug: slug('x'), reviewIntervalMonths: months })
  const markersFor = async (document: Doc, extra: Doc[] = []) =>
    (await validateWithStudioRules(document, [...extra, document], 'studio')).map(
      (marker) => `${marker.level} ${marker.path.map(String).join('.')}: ${marker.message}`,
    )

  it("warns when a topic's interval is longer than the site's (12 months by default)", async () => {
    expect(await markersFor(topicWith(6))).toEqual([])
    expect(await markersFor(topicWith(18))).toEqual([
      "warning reviewIntervalMonths: Longer than the site's review interval (12 months): a topic may only ask for more frequent reviews.",
    ])
    const site = doc({ _id: 'siteSettings', _type: 'siteSettings', reviewIntervalMonths: 4 })
    expect(await markersFor(topicWith(6), [site])).toHaveLength(1)
  })

  it('keeps the site interval between 1 and 36 whole months', async () => {
    const settings = (months: number) =>
      doc({
        _id: 'siteSettings',
        _type: 'siteSettings',
        clinicName: 'Clinic',
        medicalDisclaimer: 'Not advice.',
        reviewIntervalMonths: months,
      })
    expect(errorsOf(await validateWithStudioRules(settings(12), [], 'studio'))).toEqual([])
    expect(errorsOf(await validateWithStudioRules(settings(40), [], 'studio'))).toHaveLength(1)
    expect(errorsOf(await validateWithStudioRules(settings(1.5), [], 'studio'))).toHaveLength(1)
  })
})
