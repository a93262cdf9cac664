// When an article's medical review stops covering its text. A review dates the text the reviewer
// read; editing the body afterwards (introduction, sections, conclusion) leaves the date claiming
// more than it should, so publishing such an edit marks the review as needing re-confirmation,
// and the reviewer's "Confirm review" clears the mark and dates the review today.

export type ReviewedArticle = {
  reviewedAt?: string | null
  reviewNeedsConfirmation?: boolean | null
  intro?: unknown
  sections?: unknown
  conclusion?: unknown
}

// Key order is not meaningful in stored JSON: compare values, not their spelling.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '_updatedAt')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    )
  return value ?? null
}

const body = (article: ReviewedArticle) =>
  JSON.stringify(canonical({ intro: article.intro, sections: article.sections, conclusion: article.conclusion }))

/** True when the body readers see would change if `draft` were published over `published`. */
export function bodyChanged(draft: ReviewedArticle, published: ReviewedArticle): boolean {
  return body(draft) !== body(published)
}

/**
 * Whether publishing `draft` over `published` leaves the review needing re-confirmation: the body
 * changed while the review date stayed that of the published review. A first publication, an
 * unreviewed article, or a new review date in the draft (the reviewer re-reviewed) does not.
 */
export function needsReconfirmation(draft: ReviewedArticle, published: ReviewedArticle | null | undefined): boolean {
  if (!published?.reviewedAt) return false
  if (!bodyChanged(draft, published)) return draft.reviewNeedsConfirmation === true
  if (draft.reviewedAt !== published.reviewedAt) return false
  // "Confirm review" in this draft cleared a mark the published version carries.
  if (published.reviewNeedsConfirmation === true && draft.reviewNeedsConfirmation === false) return false
  return true
}

/** What "Confirm review" writes: the mark cleared, the review dated `today` (YYYY-MM-DD). */
export function confirmReviewPatch(today: string): { reviewNeedsConfirmation: false; reviewedAt: string } {
  return { reviewNeedsConfirmation: false, reviewedAt: today }
}

/** "Confirm review" is offered only while the mark is set (on the draft, else the published version). */
export function canConfirmReview(
  draft: ReviewedArticle | null | undefined,
  published: ReviewedArticle | null | undefined,
): boolean {
  return (draft ?? published)?.reviewNeedsConfirmation === true
}
