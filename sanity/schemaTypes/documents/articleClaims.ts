import type { ValidationContext, ValidationError } from 'sanity'
import {
  findClaimsInBlocks,
  findClaimsInText,
  isAcknowledged,
  NEGATED_NOTE,
  openClaims,
  resolveClaimReferences,
  type Acknowledgement,
  type ArticleForClaims,
  type ClaimHit,
} from '../../../lib/claims'

// The claims check (lib/claims) as the Studio applies it: warnings on the field a hit is in, and
// one document-level error listing what still needs the medical reviewer, which blocks publishing
// (the publish action and `sanity documents validate` read the same answer).

type Ref = { _ref?: string }

/** The article as the Studio holds it: the engine's fields plus the reviewer acknowledgements are checked against. */
export type StudioArticle = ArticleForClaims & { medicalReviewer?: Ref | null }

/**
 * Acknowledgements that count: those recorded by the article's current medical reviewer. One
 * recorded by someone else (or before the reviewer changed) does not clear a hit.
 */
export function reviewerAcknowledgements(article: StudioArticle): Acknowledgement[] {
  const reviewer = article.medicalReviewer?._ref
  if (!reviewer) return []
  return (article.claimAcknowledgements ?? []).filter((ack) => ack.reviewer?._ref === reviewer)
}

/** The hits no valid acknowledgement covers (takeaways and FAQs count only when resolved). */
export function openArticleClaims(article: StudioArticle): ClaimHit[] {
  return openClaims({ ...article, claimAcknowledgements: reviewerAcknowledgements(article) })
}

/** One hit as an editor reads it on the field: rule, quoted words, safer wording. */
export function claimWarningMessage(hit: ClaimHit): string {
  const note = hit.negated ? ` ${NEGATED_NOTE}` : ''
  return `${hit.title}: "${hit.quote}". ${hit.suggestion} A medical reviewer must acknowledge it under Medical review > Claim acknowledgements before publishing.${note}`
}

const plural = (count: number) => (count === 1 ? '1 claim needs' : `${count} claims need`)

/** What blocks publishing, as the publish button's tooltip and the document error say it. */
export function openClaimsMessage(hits: readonly ClaimHit[]): string {
  const listed = hits.map((hit) => `"${hit.quote}" (${hit.title}, ${hit.location.field})`).join('; ')
  return `${plural(hits.length)} the medical reviewer's acknowledgement: ${listed}. Add each under Medical review > Claim acknowledgements.`
}

function acknowledgedHere(hit: ClaimHit, context: ValidationContext): boolean {
  const document = context.document as StudioArticle | undefined
  return document ? isAcknowledged(hit, reviewerAcknowledgements(document)) : false
}

function asWarnings(hits: ClaimHit[], context: ValidationContext, onBlock: boolean): true | ValidationError[] {
  const open = hits.filter((hit) => !acknowledgedHere(hit, context))
  if (open.length === 0) return true
  // In rich text the warning goes on the block the words are in.
  return open.map((hit) => ({
    message: claimWarningMessage(hit),
    ...(onBlock && hit.location.blockKey ? { path: [{ _key: hit.location.blockKey }] } : {}),
  }))
}

/** Warnings for a plain-text field (title, excerpt, meta description, heading, takeaway). */
export function claimsInTextField(field: string) {
  return (value: unknown, context: ValidationContext) =>
    typeof value === 'string' ? asWarnings(findClaimsInText(value, { field }), context, false) : true
}

/** Warnings for a rich-text field (introduction, section body, conclusion, FAQ answer). */
export function claimsInBlocksField(field: string) {
  return (value: unknown, context: ValidationContext) =>
    Array.isArray(value) ? asWarnings(findClaimsInBlocks(value, field), context, true) : true
}

/** The ids an article references for takeaways and FAQs: their words are checked with it. */
export function claimReferenceIds(article: ArticleForClaims): string[] {
  const refs = [
    ...(article.sections ?? []).map((section) => (section.takeaway as Ref | null | undefined)?._ref),
    ...(article.faqs ?? []).map((faq) => (faq as Ref)._ref),
  ]
  return [...new Set(refs.filter((ref): ref is string => typeof ref === 'string'))]
}

/** The query that fetches referenced takeaways and FAQs (published versions: what readers get). */
export const CLAIM_REFERENCES_QUERY = '*[_id in $ids]{_id, text, answer}'

type Fetch = (query: string, params: Record<string, unknown>) => Promise<unknown>

/** The article's open hits with its takeaways and FAQs fetched through `fetch`. */
export async function fetchOpenArticleClaims(article: StudioArticle, fetch: Fetch): Promise<ClaimHit[]> {
  const ids = claimReferenceIds(article)
  const found = ids.length === 0 ? [] : await fetch(CLAIM_REFERENCES_QUERY, { ids })
  const byId = new Map(
    (Array.isArray(found) ? found : [])
      .filter((doc): doc is { _id: string } => !!doc && typeof doc === 'object' && typeof doc._id === 'string')
      .map((doc) => [doc._id, doc]),
  )
  return openArticleClaims(resolveClaimReferences(article, (id) => byId.get(id)))
}

/** Document-level rule: an article with unacknowledged hits is an error, so it cannot be published. */
export async function checkOpenClaims(document: unknown, context: ValidationContext): Promise<true | string> {
  if (!document || typeof document !== 'object') return true
  const client = context.getClient({ apiVersion: '2025-09-01' })
  const hits = await fetchOpenArticleClaims(document as StudioArticle, (query, params) => client.fetch(query, params))
  return hits.length === 0 ? true : openClaimsMessage(hits)
}
