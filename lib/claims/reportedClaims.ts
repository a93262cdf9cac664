import type { ArticleForClaims, ClaimLocation, FaqForClaims, TakeawayForClaims } from './claimTypes'
import { findClaimsInArticle } from './findClaims'
import { resolveClaimReferences } from './resolveClaimReferences'

// The importer's view of the check: it holds each post's article, takeaways and FAQs in memory,
// and the migration report lists only what an editor needs to find the words again.

export type ReportedClaim = { ruleId: string; quote: string; location: ClaimLocation }

/** An imported post's documents, as lib/importer/documents.ts builds them. */
export type ImportedDocuments = {
  // The report lists every hit, acknowledged or not: the article's acknowledgements are not read
  // (and the schema's generated type, with every field optional, need not match Acknowledgement).
  article: Omit<ArticleForClaims, 'claimAcknowledgements'>
  takeaways: readonly TakeawayForClaims[]
  faqs: readonly FaqForClaims[]
}

export function reportedClaims({ article, takeaways, faqs }: ImportedDocuments): ReportedClaim[] {
  const byId = new Map<string, unknown>([...takeaways, ...faqs].map((document) => [document._id, document]))
  return findClaimsInArticle(resolveClaimReferences(article, (id) => byId.get(id))).map((hit) => ({
    ruleId: hit.ruleId,
    quote: hit.quote,
    location: hit.location,
  }))
}
