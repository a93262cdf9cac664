import { findClaimsInArticle, findClaimsInBlocks, findClaimsInText } from '@/lib/claims/findClaims'
import { resolveClaimReferences } from '@/lib/claims/resolveClaimReferences'

type Span = { text: string; marks?: string[] }

function block(key: string, spans: (string | Span)[], markDefs: { _key: string; _type: string }[] = []) {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs,
    children: spans.map((span, index) => {
      const { text, marks = [] } = typeof span === 'string' ? { text: span } : span
      return { _type: 'span', _key: `s${index}`, text, marks }
    }),
  }
}

describe('findClaimsInText', () => {
  it('gives the quote, its sentence and its character offset in the string', () => {
    const text = 'Ketamine is one option. It offers immediate results for many.'
    const [hit] = findClaimsInText(text, { field: 'excerpt' })
    expect(hit).toMatchObject({
      ruleId: 'speed-promise',
      category: 'speed-promise',
      quote: 'immediate results',
      sentence: 'It offers immediate results for many.',
      location: { field: 'excerpt', offset: text.indexOf('immediate') },
      negated: false,
    })
    expect(hit?.suggestion).toBeTruthy()
    expect(hit?.why).toBeTruthy()
  })

  it('flags a negated claim for review, with negated: true', () => {
    const hits = findClaimsInText(
      'Ketamine is not a cure. There is no guarantee. It cures nothing, they say it is a cure.',
      {
        field: 'excerpt',
      },
    )
    expect(hits.map((hit) => [hit.quote, hit.negated])).toEqual([
      ['cure', true],
      ['guarantee', true],
      ['cures', false],
      ['cure', false],
    ])
  })

  it('does not read a negation in an earlier sentence or far back in the sentence', () => {
    const hits = findClaimsInText(
      'It is not new. It is a cure. Not everyone knows that clinics now say it is a cure.',
      {
        field: 'excerpt',
      },
    )
    expect(hits.map((hit) => hit.negated)).toEqual([false, false])
  })

  it('accepts a URL in the same sentence as a source for "studies show", but not one in the next sentence', () => {
    expect(findClaimsInText('Studies show benefit (https://example.org/trial).', { field: 'excerpt' })).toEqual([])
    expect(
      findClaimsInText('Studies show benefit. See https://example.org/trial.', { field: 'excerpt' }).map(
        (hit) => hit.ruleId,
      ),
    ).toEqual(['studies-show-unsourced'])
  })

  it('reports every rule a sentence breaks, one hit per rule and words', () => {
    const hits = findClaimsInText('Trials have shown it is a miracle cure.', { field: 'title' })
    expect(hits.map((hit) => [hit.ruleId, hit.quote])).toEqual([
      ['trials-show-unsourced', 'Trials have shown'],
      ['superlative-as-fact', 'miracle'],
      ['cure-claim', 'cure'],
    ])
  })
})

describe('findClaimsInBlocks', () => {
  it('names the block by key and index and counts the offset in its plain text, across spans', () => {
    const blocks = [
      block('a', ['Plain words.']),
      { _type: 'image', _key: 'img' },
      block('c', ['Many feel ', { text: 'better', marks: ['strong'] }, ' overnight, they say.']),
    ]
    expect(findClaimsInBlocks(blocks, 'intro')).toEqual([
      expect.objectContaining({
        quote: 'feel better overnight',
        location: { field: 'intro', blockKey: 'c', block: 2, offset: 5 },
      }),
    ])
  })

  it('treats a link or citation mark in the same sentence as a source, and nothing else', () => {
    const linked = block(
      'l',
      ['Studies show benefit in ', { text: 'a 2023 trial', marks: ['m1'] }, '.'],
      [{ _key: 'm1', _type: 'link' }],
    )
    const cited = block(
      'c',
      ['Trials show benefit', { text: '1', marks: ['m2'] }, '.'],
      [{ _key: 'm2', _type: 'citation' }],
    )
    const citedElsewhere = block(
      'e',
      ['Research shows benefit. It was ', { text: 'published', marks: ['m3'] }, ' last year.'],
      [{ _key: 'm3', _type: 'link' }],
    )
    const bold = block('b', ['Studies show benefit ', { text: 'clearly', marks: ['strong'] }, '.'])
    const hits = findClaimsInBlocks([linked, cited, citedElsewhere, bold], 'conclusion')
    expect(hits.map((hit) => [hit.location.blockKey, hit.ruleId])).toEqual([
      ['e', 'research-proves-unsourced'],
      ['b', 'studies-show-unsourced'],
    ])
  })

  it('still flags a non-evidence claim in a linked sentence', () => {
    const linked = block('l', [{ text: 'A guaranteed cure', marks: ['m1'] }, '.'], [{ _key: 'm1', _type: 'link' }])
    expect(findClaimsInBlocks([linked], 'intro').map((hit) => hit.ruleId)).toEqual(['guaranteed-outcome', 'cure-claim'])
  })

  it('skips what is not text: missing arrays, images, malformed blocks', () => {
    expect(findClaimsInBlocks(undefined, 'intro')).toEqual([])
    expect(findClaimsInBlocks([null, 'cure', { _type: 'block' }, { _type: 'image', alt: 'a cure' }], 'intro')).toEqual(
      [],
    )
  })
})

describe('findClaimsInArticle', () => {
  const article = {
    title: 'A miracle for mothers',
    excerpt: 'Instant relief.',
    seo: { metaDescription: 'Completely safe.' },
    intro: [block('i0', ['We guarantee it.'])],
    sections: [
      {
        _key: 'sec',
        heading: 'The best option',
        body: [block('b0', ['No side effects at all.'])],
        takeaway: { _type: 'reference', _ref: 'takeaway-1' },
      },
      { heading: 'Permanent change', body: [], takeaway: { _type: 'reference', _ref: 'takeaway-1' } },
    ],
    conclusion: [block('c0', ['Ketamine is FDA-approved.'])],
    faqs: [
      { _type: 'reference', _ref: 'faq-1' },
      { _type: 'reference', _ref: 'faq-missing' },
    ],
  }
  const documents: Record<string, unknown> = {
    'takeaway-1': { _id: 'takeaway-1', text: 'Studies show it works.' },
    'faq-1': { _id: 'faq-1', answer: [block('a0', ['Trials show it works.'])] },
  }

  it('checks every field in reading order, with its path, and each resolved takeaway and FAQ once', () => {
    const hits = findClaimsInArticle(resolveClaimReferences(article, (id) => documents[id]))
    expect(hits.map((hit) => [hit.location.field, hit.location.blockKey ?? null, hit.quote])).toEqual([
      ['title', null, 'miracle'],
      ['excerpt', null, 'Instant relief'],
      ['seo.metaDescription', null, 'Completely safe'],
      ['intro', 'i0', 'guarantee'],
      ['sections[_key=="sec"].heading', null, 'The best'],
      ['sections[_key=="sec"].body', 'b0', 'No side effects'],
      ['takeaway:takeaway-1.text', null, 'Studies show'],
      ['sections[1].heading', null, 'Permanent'],
      ['conclusion', 'c0', 'FDA-approved'],
      ['faq:faq-1.answer', 'a0', 'Trials show'],
    ])
  })

  it('skips takeaways and FAQs that are still references', () => {
    expect(findClaimsInArticle(article).map((hit) => hit.location.field)).not.toContain('takeaway:takeaway-1.text')
  })

  it('explains the FDA rule with the ketamine and esketamine approvals', () => {
    const [hit] = findClaimsInText('Ketamine is FDA approved for depression.', { field: 'excerpt' })
    expect(hit?.why).toMatch(/anaesthetic/)
    expect(hit?.why).toMatch(/[Ee]sketamine.*treatment-resistant depression/)
  })
})
