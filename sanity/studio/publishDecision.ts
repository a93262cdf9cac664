import type { ClaimHit } from '../../lib/claims'
import { openClaimsMessage } from '../schemaTypes/documents/articleClaims'
import { needsReconfirmation, type ReviewedArticle } from './reviewConfirmation'

export type PublishDecision =
  /** The claims check is still running: publishing waits for its answer. */
  | { kind: 'checking'; title: string }
  /** Claims without the reviewer's acknowledgement: the button is disabled and says which. */
  | { kind: 'blocked'; title: string }
  /** Publish, first marking the review as needing re-confirmation when the body changed since. */
  | { kind: 'publish'; markReviewNeedsConfirmation: boolean }

/**
 * The article publish action's decision, apart from React so it can be tested: `openClaims` is
 * undefined while the check runs, else the hits on the draft no acknowledgement covers.
 */
export function publishDecision(input: {
  openClaims: readonly ClaimHit[] | undefined
  draft: ReviewedArticle | null
  published: ReviewedArticle | null
}): PublishDecision {
  const { openClaims, draft, published } = input
  if (openClaims === undefined) return { kind: 'checking', title: 'Checking the text for risky health claims…' }
  if (openClaims.length > 0) return { kind: 'blocked', title: openClaimsMessage(openClaims) }
  const markReviewNeedsConfirmation =
    draft !== null && draft.reviewNeedsConfirmation !== true && needsReconfirmation(draft, published)
  return { kind: 'publish', markReviewNeedsConfirmation }
}
