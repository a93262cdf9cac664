import { articlesFromDocuments } from '@/lib/claims/cli/claimArticles'
import { findClaimsInArticle } from '@/lib/claims/findClaims'
import type { ClaimHit } from '@/lib/claims/claimTypes'
import { readDatasetDocuments } from '@/lib/dataset/bundledDataset'
import { claimHit } from '../../support/claimHit'
import { EXAMPLE_ARTICLE } from '../../support/exampleContent'

// Issue 17's "done when": the example article's risky claims are found where they are.

const article = articlesFromDocuments(readDatasetDocuments()).find((candidate) => candidate._id === EXAMPLE_ARTICLE.id)
const hits = article ? findClaimsInArticle(article) : []
const summary = (hit: ClaimHit) => ({ ruleId: hit.ruleId, quote: hit.quote, location: hit.location })
const takeaway = (n: number) => `takeaway:takeaway-ketamine-postpartum-depression-${n}.text`

describe('the claims check on the example article (bundled dataset)', () => {
  it('finds the article with its takeaways and FAQs resolved', () => {
    expect(article?.slug).toBe(EXAMPLE_ARTICLE.slug)
    expect(article?.sections?.every((section) => section.takeaway && '_id' in section.takeaway)).toBe(true)
  })

  it('reports the "immediate results" promise in the body and in its takeaway', () => {
    expect(hits.filter((hit) => hit.ruleId === 'speed-promise').map(summary)).toEqual([
      claimHit('speed-promise', 'immediate results', 'sections[_key=="section3"].body', 218, 0),
      claimHit('speed-promise', 'immediate results', takeaway(4), 51),
    ])
  })

  it('reports the unsourced "studies show" and "trials show" sentences', () => {
    expect(hits.map(summary)).toEqual(
      expect.arrayContaining([
        claimHit('studies-show-unsourced', 'studies show', takeaway(4), 197),
        claimHit('trials-show-unsourced', 'Trials show', takeaway(5), 136),
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
        claimHit('testimonial-outcome', 'Teigen’s Experience with', 'sections[_key=="section2"].body', 8, 5),
        claimHit('celebrity-endorsement', 'supermodel', 'sections[_key=="section2"].body', 119, 6),
        claimHit('testimonial-outcome', 'stories like', 'conclusion', 81, 1),
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
