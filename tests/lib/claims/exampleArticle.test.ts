import { articlesFromDocuments } from '@/lib/claims/cli/claimArticles'
import { findClaimsInArticle } from '@/lib/claims/findClaims'
import type { ClaimHit } from '@/lib/claims/claimTypes'
import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { EXAMPLE_ARTICLE } from '../../support/exampleContent'

// Issue 17's "done when": the example article's risky claims are found where they are.

const article = articlesFromDocuments(readDatasetDocuments()).find((candidate) => candidate._id === EXAMPLE_ARTICLE.id)
const hits = article ? findClaimsInArticle(article) : []
const summary = (hit: ClaimHit) => ({ ruleId: hit.ruleId, quote: hit.quote, location: hit.location })

describe('the claims check on the example article (bundled dataset)', () => {
  it('finds the article with its takeaways and FAQs resolved', () => {
    expect(article?.slug).toBe(EXAMPLE_ARTICLE.slug)
    expect(article?.sections?.every((section) => section.takeaway && '_id' in section.takeaway)).toBe(true)
  })

  it('reports the "immediate results" promise in the body and in its takeaway', () => {
    expect(hits.filter((hit) => hit.ruleId === 'speed-promise').map(summary)).toEqual([
      {
        ruleId: 'speed-promise',
        quote: 'immediate results',
        location: { field: 'sections[_key=="section3"].body', blockKey: 'block0', block: 0, offset: 218 },
      },
      {
        ruleId: 'speed-promise',
        quote: 'immediate results',
        location: { field: 'takeaway:takeaway-ketamine-postpartum-depression-4.text', offset: 51 },
      },
    ])
  })

  it('reports the unsourced "studies show" and "trials show" sentences', () => {
    expect(hits.map(summary)).toEqual(
      expect.arrayContaining([
        {
          ruleId: 'studies-show-unsourced',
          quote: 'studies show',
          location: { field: 'takeaway:takeaway-ketamine-postpartum-depression-4.text', offset: 197 },
        },
        {
          ruleId: 'trials-show-unsourced',
          quote: 'Trials show',
          location: { field: 'takeaway:takeaway-ketamine-postpartum-depression-5.text', offset: 136 },
        },
      ]),
    )
    const trials = hits.find((hit) => hit.quote === 'Trials show')
    expect(trials?.sentence).toBe(
      'Trials show promising results for its effectiveness, even outperforming SSRIs in some cases.',
    )
  })

  it('reports the celebrity story: the heading, the descriptors and the story used as evidence', () => {
    const story = hits.filter((hit) => hit.category === 'testimonial').map(summary)
    expect(story).toEqual(
      expect.arrayContaining([
        {
          ruleId: 'testimonial-outcome',
          quote: 'Teigen’s Experience with',
          location: { field: 'sections[_key=="section2"].body', blockKey: 'block5', block: 5, offset: 8 },
        },
        {
          ruleId: 'celebrity-endorsement',
          quote: 'supermodel',
          location: { field: 'sections[_key=="section2"].body', blockKey: 'block6', block: 6, offset: 119 },
        },
        {
          ruleId: 'testimonial-outcome',
          quote: 'stories like',
          location: { field: 'conclusion', blockKey: 'block1', block: 1, offset: 81 },
        },
      ]),
    )
  })

  it('quotes the words exactly where the location points', () => {
    const byId = new Map(readDatasetDocuments().map((document) => [document._id, document as Record<string, unknown>]))
    const raw = byId.get(EXAMPLE_ARTICLE.id) as {
      sections: { _key: string; body: { _key: string; children: { text: string }[] }[] }[]
    }
    for (const hit of hits.filter((candidate) => candidate.location.field.startsWith('sections['))) {
      const sectionKey = /_key=="([^"]+)"/.exec(hit.location.field)?.[1]
      const section = raw.sections.find((candidate) => candidate._key === sectionKey)
      const body = section?.body.find((candidate) => candidate._key === hit.location.blockKey)
      const text = body?.children.map((child) => child.text).join('') ?? ''
      expect(text.slice(hit.location.offset, hit.location.offset + hit.quote.length)).toBe(hit.quote)
    }
  })
})
