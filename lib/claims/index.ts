/**
 * The claims check (issue 17): finds risky health claims in an article's words, for the Studio's
 * warnings and publish action, the importer's report and `npm run check:claims`.
 *
 *   findClaimsInText(text, { field })            a plain string (title, excerpt, takeaway text)
 *   findClaimsInBlocks(blocks, field)            portable text; a link or citation mark in the
 *                                                sentence satisfies the "evidence words" rules
 *   findClaimsInArticle(article)                 every checked field of an article, in reading order
 *   resolveClaimReferences(article, lookup)      swap takeaway/FAQ references for their documents first
 *   isAcknowledged(hit, acknowledgements)        same ruleId and the same quote (normalised)
 *   openClaims(article)                          hits not covered by article.claimAcknowledgements
 *
 * Rules are data (lib/claims/rules.json, validated by claimRules.ts); docs/claims.md explains the
 * pattern syntax. Everything here is browser-safe: no Node-only imports, relative paths only.
 */
export { isAcknowledged, normaliseQuote, openClaims } from './acknowledgements'
export { CLAIM_CATEGORIES, claimRules, parseClaimRules, type ClaimCategory, type ClaimRule } from './claimRules'
export {
  NEGATED_NOTE,
  type Acknowledgement,
  type ArticleForClaims,
  type ClaimHit,
  type ClaimLocation,
  type FaqForClaims,
  type TakeawayForClaims,
} from './claimTypes'
export { findClaimsInArticle, findClaimsInBlocks, findClaimsInText, sectionField } from './findClaims'
export { resolveClaimReferences } from './resolveClaimReferences'
