import { findClaimsInText } from '@/lib/claims'
import { publishDecision } from '@/sanity/studio/publishDecision'
import {
  bodyChanged,
  canConfirmReview,
  confirmReviewPatch,
  needsReconfirmation,
} from '@/sanity/studio/reviewConfirmation'

// The article publish action's decision, without React: the action itself only feeds it the draft,
// the published version and the claims check's answer.

const hits = findClaimsInText('Ketamine can provide immediate results. It is the best treatment.', { field: 'excerpt' })
const block = (text: string) => [{ _type: 'block', _key: 'b1', children: [{ _type: 'span', _key: 's1', text }] }]
const published = { reviewedAt: '2025-01-10', intro: block('Depression is common.') }

describe('the article publish action', () => {
  it('waits while the claims check runs', () => {
    expect(publishDecision({ openClaims: undefined, draft: published, published }).kind).toBe('checking')
  })

  it('is disabled with a title naming each claim that needs the medical reviewer', () => {
    expect(hits).toHaveLength(2)
    expect(publishDecision({ openClaims: hits, draft: published, published: null })).toEqual({
      kind: 'blocked',
      title:
        '2 claims need the medical reviewer\'s acknowledgement: "immediate results" (Promise of immediate results, excerpt); "the best" (Superlative presented as fact, excerpt). Add each under Medical review > Claim acknowledgements.',
    })
    expect(publishDecision({ openClaims: hits.slice(0, 1), draft: published, published: null })).toMatchObject({
      title: expect.stringMatching(/^1 claim needs the medical reviewer's acknowledgement: "immediate results"/),
    })
  })

  it('publishes when nothing is open, marking the review only when the body changed after it', () => {
    const edited = { ...published, intro: block('Depression is common and treatable.') }
    expect(publishDecision({ openClaims: [], draft: published, published })).toEqual({
      kind: 'publish',
      markReviewNeedsConfirmation: false,
    })
    expect(publishDecision({ openClaims: [], draft: edited, published })).toEqual({
      kind: 'publish',
      markReviewNeedsConfirmation: true,
    })
    // Already marked: nothing to write.
    expect(
      publishDecision({ openClaims: [], draft: { ...edited, reviewNeedsConfirmation: true }, published }),
    ).toMatchObject({ markReviewNeedsConfirmation: false })
  })
})

describe('re-confirming a review after the body changed', () => {
  const edited = { ...published, sections: [{ _key: 's1', heading: 'New section', body: block('More.') }] }

  it('sees changes to the introduction, sections and conclusion, not to key order or other fields', () => {
    expect(bodyChanged(edited, published)).toBe(true)
    expect(bodyChanged({ ...published, conclusion: block('In short.') }, published)).toBe(true)
    const reordered = {
      intro: [{ children: [{ text: 'Depression is common.', _key: 's1', _type: 'span' }], _key: 'b1', _type: 'block' }],
    }
    expect(bodyChanged({ ...published, ...reordered }, published)).toBe(false)
    expect(bodyChanged({ ...published, reviewedAt: '2025-02-01' }, published)).toBe(false)
  })

  it('is needed when the body changed and the review date is still the published one', () => {
    expect(needsReconfirmation(edited, published)).toBe(true)
  })

  it('is not needed on a first publication, an unreviewed article, or with a new review date', () => {
    expect(needsReconfirmation(edited, null)).toBe(false)
    expect(needsReconfirmation(edited, { ...published, reviewedAt: null })).toBe(false)
    expect(needsReconfirmation({ ...edited, reviewedAt: '2025-03-01' }, published)).toBe(false)
  })

  it('stays as it is when the body did not change', () => {
    expect(needsReconfirmation({ ...published, reviewNeedsConfirmation: true }, published)).toBe(true)
    expect(needsReconfirmation({ ...published, reviewNeedsConfirmation: false }, published)).toBe(false)
  })

  it('is cleared by "Confirm review" in the draft, even on the day of the review', () => {
    const markedPublished = { ...published, reviewNeedsConfirmation: true }
    const confirmed = { ...edited, ...confirmReviewPatch(published.reviewedAt) }
    expect(needsReconfirmation(confirmed, markedPublished)).toBe(false)
  })

  it('"Confirm review" is offered while the mark is set, and dates the review', () => {
    expect(canConfirmReview(null, { ...published, reviewNeedsConfirmation: true })).toBe(true)
    expect(canConfirmReview({ ...published, reviewNeedsConfirmation: false }, { reviewNeedsConfirmation: true })).toBe(
      false,
    )
    expect(canConfirmReview(published, null)).toBe(false)
    expect(confirmReviewPatch('2025-06-01')).toEqual({ reviewNeedsConfirmation: false, reviewedAt: '2025-06-01' })
  })
})
