import type { SanityDocument } from 'sanity'
import { errorsOf, validateWithStudioRules } from '../../support/studioValidation'

// The claims check as the Studio runs it (Sanity's validation API, offline dataset): a warning on
// the field a claim is in, and a document error (which blocks publishing) until the article's
// medical reviewer acknowledges each claim.

type Doc = SanityDocument & Record<string, unknown>
const doc = (fields: Record<string, unknown>) => fields as Doc
const ref = (id: string) => ({ _type: 'reference', _ref: id })
const slug = (current: string) => ({ _type: 'slug', current })
const today = new Date().toISOString().slice(0, 10)

function block(text: string, key: string): Record<string, unknown> {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}-span`, text, marks: [] }],
  }
}

const dataset: Doc[] = [
  doc({ _id: 'topic-ketamine', _type: 'topic', title: 'Ketamine', slug: slug('ketamine') }),
  doc({ _id: 'person-editorial-team', _type: 'person', name: 'Editorial team', slug: slug('editorial-team') }),
  doc({ _id: 'person-dr-rivera', _type: 'person', name: 'Dr. Rivera', slug: slug('dr-rivera') }),
  doc({ _id: 'person-dr-chen', _type: 'person', name: 'Dr. Chen', slug: slug('dr-chen') }),
  doc({ _id: 'takeaway-fast', _type: 'takeaway', text: 'Ketamine brings instant relief.' }),
  doc({
    _id: 'faq-safe',
    _type: 'faq',
    question: 'Is it safe?',
    answer: [block('It is completely safe for everyone.', 'fa1')],
  }),
]

const cleanArticle = doc({
  _id: 'article-claims',
  _type: 'article',
  title: 'Ketamine for depression',
  slug: slug('ketamine-for-depression'),
  excerpt: 'What the treatment is and who it may help.',
  publishedAt: '2024-05-01T09:00:00Z',
  author: ref('person-editorial-team'),
  medicalReviewer: ref('person-dr-rivera'),
  reviewedAt: today,
  topics: [{ ...ref('topic-ketamine'), _key: 't1' }],
  intro: [block('Depression is common and treatable.', 'i1')],
  sections: [
    {
      _type: 'section',
      _key: 's1',
      heading: 'How it helps',
      anchor: slug('how-it-helps'),
      body: [block('Some patients improve.', 'b1')],
    },
  ],
  seo: {
    _type: 'seo',
    metaDescription: 'Ketamine for depression: how it works, who it may help and what a first appointment looks like.',
  },
})

const withClaims = doc({
  ...cleanArticle,
  excerpt: 'Ketamine can provide immediate results.',
  intro: [block('Depression is common.', 'i0'), block('Studies show that it works for most people.', 'i1')],
  sections: [
    {
      ...(cleanArticle.sections as Record<string, unknown>[])[0],
      heading: 'A guaranteed recovery',
      body: [block('Many celebrities have shared their experience with ketamine treatment.', 'b1')],
    },
  ],
  conclusion: [block('It is the best treatment.', 'c1')],
  seo: { _type: 'seo', metaDescription: 'Ketamine is a miracle treatment for depression, with results you can feel.' },
})

type Marker = Awaited<ReturnType<typeof validateWithStudioRules>>[number]
const pathOf = (marker: Marker) =>
  marker.path
    .map((segment) => (typeof segment === 'object' && !Array.isArray(segment) ? `[${segment._key}]` : String(segment)))
    .join('.')
const validate = (document: Doc) => validateWithStudioRules(document, [...dataset, document], 'studio')
const claimWarnings = async (document: Doc) =>
  (await validate(document))
    .filter((marker) => marker.level === 'warning' && marker.message.includes('Claim acknowledgements before'))
    .map((marker) => `${pathOf(marker)}: ${marker.message.slice(0, marker.message.indexOf('.') + 1)}`)
const documentErrors = async (document: Doc) =>
  errorsOf(await validate(document)).filter((error) => error.startsWith(': '))

const ack = (ruleId: string, quote: string, reviewer = 'person-dr-rivera', key = `${ruleId}-${quote}`) => ({
  _type: 'claimAcknowledgement',
  _key: key.replace(/[^a-z0-9-]/gi, ''),
  ruleId,
  quote,
  reviewer: ref(reviewer),
  date: today,
})

describe('claims in the Studio: warnings on the field', () => {
  it('has none on an article without risky claims, and no document error', async () => {
    expect(await claimWarnings(cleanArticle)).toEqual([])
    expect(await documentErrors(cleanArticle)).toEqual([])
  })

  it('warns on each field a claim is in, rich text on its block, with the rule and the quoted words', async () => {
    expect((await claimWarnings(withClaims)).sort()).toEqual([
      'conclusion.[c1]: Superlative presented as fact: "the best".',
      'excerpt: Promise of immediate results: "immediate results".',
      'intro.[i1]: "Studies show" without a source: "Studies show".',
      'sections.[s1].body.[b1]: Celebrity story used as evidence: "celebrities".',
      'sections.[s1].heading: Guaranteed result: "guaranteed".',
      'seo.metaDescription: Superlative presented as fact: "miracle".',
    ])
  })

  it('gives the safer wording in the warning', async () => {
    const excerpt = (await validate(withClaims)).find(
      (marker) => pathOf(marker) === 'excerpt' && marker.level === 'warning',
    )
    expect(excerpt?.message).toMatch(
      /^Promise of immediate results: "immediate results"\. \S.+ A medical reviewer must acknowledge it/,
    )
  })

  it('drops a warning once the medical reviewer acknowledges the words', async () => {
    const acknowledged = doc({ ...withClaims, claimAcknowledgements: [ack('speed-promise', 'Immediate  Results')] })
    expect((await claimWarnings(acknowledged)).filter((line) => line.startsWith('excerpt'))).toEqual([])
  })

  it('keeps it when someone else than the medical reviewer acknowledged, and says so on the acknowledgement', async () => {
    const byOther = doc({
      ...withClaims,
      claimAcknowledgements: [ack('speed-promise', 'immediate results', 'person-dr-chen', 'k1')],
    })
    expect((await claimWarnings(byOther)).filter((line) => line.startsWith('excerpt'))).toHaveLength(1)
    expect(errorsOf(await validate(byOther))).toContain(
      'claimAcknowledgements.[_key=="k1"].reviewer: Only the article\'s medical reviewer ("Medically reviewed by") can acknowledge a claim.',
    )
  })

  it('warns on a takeaway text and an FAQ answer', async () => {
    const takeaway = dataset.find((item) => item._id === 'takeaway-fast') as Doc
    const faq = dataset.find((item) => item._id === 'faq-safe') as Doc
    expect(await claimWarnings(takeaway)).toEqual(['text: Promise of immediate results: "instant relief".'])
    expect(await claimWarnings(faq)).toEqual(['answer.[fa1]: Absolute safety claim: "completely safe".'])
  })
})

describe('claims in the Studio: publishing blocked until acknowledged', () => {
  const allAcknowledged = [
    ack('speed-promise', 'immediate results'),
    ack('studies-show-unsourced', 'Studies show'),
    ack('guaranteed-outcome', 'guaranteed'),
    ack('celebrity-endorsement', 'celebrities'),
    ack('superlative-as-fact', 'the best'),
    ack('superlative-as-fact', 'miracle'),
  ]

  it('is a document error naming each open claim, which blocks publishing', async () => {
    const [error] = await documentErrors(withClaims)
    expect(error).toMatch(
      /^: 6 claims need the medical reviewer's acknowledgement: "immediate results" \(Promise of immediate results, excerpt\);/,
    )
    expect(error).toContain('"Studies show" ("Studies show" without a source, intro)')
  })

  it('clears when the medical reviewer acknowledged every claim', async () => {
    expect(await documentErrors(doc({ ...withClaims, claimAcknowledgements: allAcknowledged }))).toEqual([])
  })

  it('counts claims in the referenced takeaways and FAQs', async () => {
    const sections = withClaims.sections as Record<string, unknown>[]
    const withReferences = doc({
      ...withClaims,
      claimAcknowledgements: allAcknowledged,
      sections: [{ ...sections[0], takeaway: ref('takeaway-fast') }],
      faqs: [{ ...ref('faq-safe'), _key: 'f1' }],
    })
    expect(await documentErrors(withReferences)).toEqual([
      ': 2 claims need the medical reviewer\'s acknowledgement: "instant relief" (Promise of immediate results, takeaway:takeaway-fast.text); "completely safe" (Absolute safety claim, faq:faq-safe.answer). Add each under Medical review > Claim acknowledgements.',
    ])
  })

  it('does not count acknowledgements by someone other than the medical reviewer', async () => {
    const byOther = allAcknowledged.map((item) => ({ ...item, reviewer: ref('person-dr-chen') }))
    expect(await documentErrors(doc({ ...withClaims, claimAcknowledgements: byOther }))).toHaveLength(1)
  })
})
