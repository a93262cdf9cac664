import type { ClaimRule } from './claimRules'
import type { Acknowledgement, ArticleForClaims, ClaimHit } from './claimTypes'
import { findClaimsInArticle } from './findClaims'

/**
 * A quote as acknowledgements compare it: case, spacing, curly quotes and dashes do not matter,
 * so retyping "Teigen’s experience" as "Teigen's experience" keeps the acknowledgement.
 */
export function normaliseQuote(quote: string): string {
  return quote
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** True when a reviewer acknowledged this rule for these words (anywhere in the article). */
export function isAcknowledged(
  hit: ClaimHit,
  acknowledgements: readonly Acknowledgement[] | null | undefined,
): boolean {
  const quote = normaliseQuote(hit.quote)
  return (acknowledgements ?? []).some(
    (acknowledgement) => acknowledgement.ruleId === hit.ruleId && normaliseQuote(acknowledgement.quote) === quote,
  )
}

/** The article's hits that no acknowledgement covers: what blocks publishing and `--strict`. */
export function openClaims(article: ArticleForClaims, rules?: readonly ClaimRule[]): ClaimHit[] {
  return findClaimsInArticle(article, rules).filter((hit) => !isAcknowledged(hit, article.claimAcknowledgements))
}
