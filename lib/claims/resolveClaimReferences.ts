import type { ArticleForClaims, FaqForClaims, TakeawayForClaims } from './claimTypes'

// Takeaways and FAQs are documents of their own; the article only references them. Every caller
// (CLI, importer, Studio) has its own way to look a document up, so it passes that lookup here.

type Lookup = (id: string) => unknown

function refOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  const ref = (value as { _ref?: unknown })._ref
  return typeof ref === 'string' ? ref : undefined
}

function asTakeaway(id: string, document: unknown): TakeawayForClaims | undefined {
  if (!document || typeof document !== 'object') return undefined
  const text = (document as { text?: unknown }).text
  return { _id: id, text: typeof text === 'string' ? text : null }
}

function asFaq(id: string, document: unknown): FaqForClaims | undefined {
  if (!document || typeof document !== 'object') return undefined
  const answer = (document as { answer?: unknown }).answer
  return { _id: id, answer: Array.isArray(answer) ? answer : null }
}

/**
 * The article with each section's takeaway reference and each FAQ reference replaced by the
 * document `lookup` returns for its id (a missing one stays a reference and is not checked).
 * Locations use the referenced id, so a hit reads `takeaway:<id>.text` whatever the lookup did.
 */
export function resolveClaimReferences<A extends ArticleForClaims>(article: A, lookup: Lookup): A {
  return {
    ...article,
    sections: article.sections?.map((section) => {
      const ref = refOf(section.takeaway)
      const takeaway = ref === undefined ? undefined : asTakeaway(ref, lookup(ref))
      return takeaway ? { ...section, takeaway } : section
    }),
    faqs: article.faqs?.map((item) => {
      const ref = refOf(item)
      const faq = ref === undefined ? undefined : asFaq(ref, lookup(ref))
      return faq ?? item
    }),
  }
}
