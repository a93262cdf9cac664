import type { ReportedClaim } from '@/lib/claims/reportedClaims'

/**
 * A claim hit as tests expect it: rule, quote and location. With `block`, the hit is in that block
 * of a rich-text field, keyed `block<n>` as both the importer and the bundled dataset key blocks;
 * without, it is in a plain string.
 */
export function claimHit(ruleId: string, quote: string, field: string, offset: number, block?: number): ReportedClaim {
  const location = block === undefined ? { field, offset } : { field, blockKey: `block${block}`, block, offset }
  return { ruleId, quote, location }
}
