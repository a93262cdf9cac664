import { reviewDueDate, reviewIntervalMonths, reviewStatus } from '@/lib/content/reviewStatus'

describe('reviewIntervalMonths', () => {
  it("takes the shortest of the topics' intervals, else the site's, else 12", () => {
    expect(reviewIntervalMonths([6, null, 3], 12)).toBe(3)
    expect(reviewIntervalMonths([null, null], 9)).toBe(9)
    expect(reviewIntervalMonths(undefined, undefined)).toBe(12)
    expect(reviewIntervalMonths([], null)).toBe(12)
  })

  it('ignores intervals that are not a whole number of months above zero', () => {
    expect(reviewIntervalMonths([0, -2, 1.5], 0)).toBe(12)
  })
})

describe('reviewDueDate', () => {
  it('adds calendar months, ending on the last day of a shorter month', () => {
    expect(reviewDueDate('2024-03-15', 12)).toBe('2025-03-15')
    expect(reviewDueDate('2024-01-31', 1)).toBe('2024-02-29')
    expect(reviewDueDate('2023-11-30T10:00:00Z', 3)).toBe('2024-02-29')
  })

  it('is null for a missing or malformed date', () => {
    expect(reviewDueDate(null, 12)).toBeNull()
    expect(reviewDueDate('soon', 12)).toBeNull()
    expect(reviewDueDate('2024-13-01', 12)).toBeNull()
  })
})

describe('reviewStatus', () => {
  const reviewer = { name: 'Dr A' }
  const on = (day: string) => new Date(`${day}T12:00:00Z`)
  const article = { medicalReviewer: reviewer, reviewedAt: '2024-03-15', reviewIntervalMonths: 12 }

  it('is current up to and including the due date, overdue the day after', () => {
    expect(reviewStatus(article, on('2025-03-15'))).toEqual({
      kind: 'current',
      reviewedAt: '2024-03-15',
      due: '2025-03-15',
    })
    expect(reviewStatus(article, on('2025-03-16'))).toEqual({
      kind: 'inReview',
      reviewedAt: '2024-03-15',
      due: '2025-03-15',
      reason: 'overdue',
    })
  })

  it('is in review while an edit after the review awaits the reviewer', () => {
    expect(reviewStatus({ ...article, reviewNeedsConfirmation: true }, on('2024-04-01'))).toMatchObject({
      kind: 'inReview',
      reason: 'needsConfirmation',
    })
  })

  it('is unreviewed without a reviewer or a review date', () => {
    expect(reviewStatus({ ...article, medicalReviewer: null }, on('2024-04-01'))).toEqual({ kind: 'unreviewed' })
    expect(reviewStatus({ ...article, reviewedAt: null }, on('2024-04-01'))).toEqual({ kind: 'unreviewed' })
  })
})
