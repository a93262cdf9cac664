import type { ClaimCategory } from './claimRules'

/**
 * Where a hit is. `field` is a path editors and tools can follow: 'title', 'excerpt',
 * 'seo.metaDescription', 'intro', 'sections[_key=="abc"].heading', 'sections[_key=="abc"].body',
 * 'conclusion', 'takeaway:<id>.text', 'faq:<id>.answer'. In rich text, `blockKey` and `block`
 * (the index in the array) name the block and `offset` counts characters in that block's plain
 * text (its spans joined); in a plain string, `offset` counts characters in the string.
 */
export type ClaimLocation = { field: string; blockKey?: string; block?: number; offset: number }

export type ClaimHit = {
  ruleId: string
  category: ClaimCategory
  title: string
  why: string
  suggestion: string
  /** The matched words, as written. */
  quote: string
  /** The sentence the words are in, for context. */
  sentence: string
  location: ClaimLocation
  /** The words follow a negation ("not a cure", "no guarantee"): still a hit, for a reviewer to confirm. */
  negated: boolean
}

/** A reviewer's record that a hit was read and may stay (article.claimAcknowledgements). */
export type Acknowledgement = {
  ruleId: string
  quote: string
  reviewer?: { _ref: string }
  date?: string
  note?: string
}

/** A takeaway document, as much of it as the check reads. */
export type TakeawayForClaims = { _id: string; text?: string | null }

/** An FAQ document, as much of it as the check reads. */
export type FaqForClaims = { _id: string; answer?: unknown[] | null }

/**
 * The parts of an article the check reads. Takeaways and FAQs are separate documents: pass them
 * resolved (a section's `takeaway` and the `faqs` items as documents with `_id`); references that
 * are still `{ _ref }` are skipped. lib/claims/resolveClaimReferences.ts resolves them from a lookup.
 */
export type ArticleForClaims = {
  title?: string | null
  excerpt?: string | null
  seo?: { metaDescription?: string | null } | null
  intro?: unknown[] | null
  sections?:
    | {
        _key?: string
        heading?: string | null
        body?: unknown[] | null
        takeaway?: TakeawayForClaims | { _ref: string } | null
      }[]
    | null
  conclusion?: unknown[] | null
  faqs?: (FaqForClaims | { _ref: string })[] | null
  claimAcknowledgements?: Acknowledgement[] | null
}

/** What a reader of a negated hit is told. */
export const NEGATED_NOTE =
  'The words follow a negation (for example "not a cure"); check that the sentence as a whole does not still make the claim.'
