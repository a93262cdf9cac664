import { isAcknowledged, normaliseQuote, openClaims } from '@/lib/claims/acknowledgements'
import { findClaimsInText } from '@/lib/claims/findClaims'

const [hit] = findClaimsInText('Read Chrissy Teigen’s  Experience with ketamine.', { field: 'excerpt' })

describe('acknowledgements', () => {
  it('match on rule and quote, whatever the case, spacing and apostrophes', () => {
    expect(hit).toBeDefined()
    const quote = "teigen's experience with"
    expect(normaliseQuote(hit!.quote)).toBe(quote)
    expect(isAcknowledged(hit!, [{ ruleId: 'testimonial-outcome', quote: "Teigen's experience  with" }])).toBe(true)
    expect(isAcknowledged(hit!, [{ ruleId: 'celebrity-endorsement', quote }])).toBe(false)
    expect(isAcknowledged(hit!, [{ ruleId: 'testimonial-outcome', quote: 'Teigen’s story' }])).toBe(false)
    expect(isAcknowledged(hit!, undefined)).toBe(false)
  })

  it('leave only the hits no reviewer acknowledged open', () => {
    const article = {
      excerpt: 'Immediate results. Studies show it works.',
      claimAcknowledgements: [
        {
          ruleId: 'speed-promise',
          quote: 'immediate results',
          reviewer: { _ref: 'person-dr' },
          date: '2025-01-02',
          note: 'Reworded in the next edit.',
        },
      ],
    }
    expect(openClaims(article).map((open) => open.ruleId)).toEqual(['studies-show-unsourced'])
    expect(openClaims({ ...article, claimAcknowledgements: null })).toHaveLength(2)
  })
})
