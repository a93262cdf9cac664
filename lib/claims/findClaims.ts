import { claimRules, type ClaimRule } from './claimRules'
import { compileClaimPattern } from './claimPattern'
import { claimTextBlocks } from './claimTextBlocks'
import type { ArticleForClaims, ClaimHit, ClaimLocation, FaqForClaims, TakeawayForClaims } from './claimTypes'
import { isNegated } from './negation'
import { splitSentences, type SentenceRange } from './sentences'

type CompiledRule = { rule: ClaimRule; patterns: RegExp[] }

const compiledCache = new WeakMap<readonly ClaimRule[], CompiledRule[]>()

function compiled(rules: readonly ClaimRule[]): CompiledRule[] {
  let found = compiledCache.get(rules)
  if (!found) {
    found = rules.map((rule) => ({ rule, patterns: rule.patterns.map(compileClaimPattern) }))
    compiledCache.set(rules, found)
  }
  return found
}

// A URL typed into plain text (a takeaway, the excerpt) is a source too.
const URL_IN_TEXT = /\bhttps?:\/\/\S|\bwww\.\S/i

function hasSource(sentence: SentenceRange, sourced: [number, number][]): boolean {
  if (URL_IN_TEXT.test(sentence.text)) return true
  return sourced.some(([start, end]) => start < sentence.end && end > sentence.start)
}

/** Hits in one piece of text; `sourced` marks the ranges under a link or citation. */
function scan(
  text: string,
  location: Omit<ClaimLocation, 'offset'>,
  sourced: [number, number][],
  rules: readonly ClaimRule[],
): ClaimHit[] {
  if (!text.trim()) return []
  const sentences = splitSentences(text)
  const hits: ClaimHit[] = []
  for (const { rule, patterns } of compiled(rules)) {
    const ranges: [number, number][] = []
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index
        const end = start + match[0].length
        // Two patterns of one rule on the same words ("trials show" and "trials have shown") are one hit.
        if (ranges.some(([from, to]) => start < to && end > from)) continue
        const sentence = sentences.find((range) => start >= range.start && start < range.end)
        if (!sentence) continue
        if (rule.needsSourceInSentence && hasSource(sentence, sourced)) continue
        ranges.push([start, end])
        hits.push({
          ruleId: rule.id,
          category: rule.category,
          title: rule.title,
          why: rule.why,
          suggestion: rule.suggestion,
          quote: match[0],
          sentence: sentence.text,
          location: { ...location, offset: start },
          negated: isNegated(text.slice(sentence.start, start)),
        })
      }
    }
  }
  return hits.sort((a, b) => a.location.offset - b.location.offset)
}

/** Hits in a plain string (a title, the excerpt, a takeaway), with `offset` counted in the string. */
export function findClaimsInText(
  text: string | null | undefined,
  location: Omit<ClaimLocation, 'offset'>,
  rules: readonly ClaimRule[] = claimRules,
): ClaimHit[] {
  return scan(text ?? '', location, [], rules)
}

/**
 * Hits in portable text, block by block (headings included, images and other objects skipped),
 * with the block's `_key`, its index and the offset in its plain text. A `link` or `citation`
 * annotation in a sentence is a source for the rules that need one.
 */
export function findClaimsInBlocks(
  blocks: unknown[] | null | undefined,
  field: string,
  rules: readonly ClaimRule[] = claimRules,
): ClaimHit[] {
  return claimTextBlocks(blocks).flatMap((block) =>
    scan(
      block.text,
      { field, ...(block.key === undefined ? {} : { blockKey: block.key }), block: block.index },
      block.sourced,
      rules,
    ),
  )
}

function isTakeaway(value: unknown): value is TakeawayForClaims {
  return !!value && typeof value === 'object' && typeof (value as TakeawayForClaims)._id === 'string' && 'text' in value
}

function isFaq(value: unknown): value is FaqForClaims {
  return !!value && typeof value === 'object' && typeof (value as FaqForClaims)._id === 'string' && 'answer' in value
}

/** The path of a section's field: by `_key` when it has one (stable under reordering), else by index. */
export function sectionField(section: { _key?: string }, index: number, name: string): string {
  return section._key ? `sections[_key==${JSON.stringify(section._key)}].${name}` : `sections[${index}].${name}`
}

/**
 * Every hit in an article, in reading order: title, excerpt, SEO description, introduction, each
 * section's heading, body and (resolved) takeaway, the conclusion, then the (resolved) FAQ answers.
 * A takeaway or FAQ shared by several sections is checked once.
 */
export function findClaimsInArticle(article: ArticleForClaims, rules: readonly ClaimRule[] = claimRules): ClaimHit[] {
  const hits: ClaimHit[] = [
    ...findClaimsInText(article.title, { field: 'title' }, rules),
    ...findClaimsInText(article.excerpt, { field: 'excerpt' }, rules),
    ...findClaimsInText(article.seo?.metaDescription, { field: 'seo.metaDescription' }, rules),
    ...findClaimsInBlocks(article.intro, 'intro', rules),
  ]
  const seen = new Set<string>()
  for (const [index, section] of (article.sections ?? []).entries()) {
    hits.push(...findClaimsInText(section.heading, { field: sectionField(section, index, 'heading') }, rules))
    hits.push(...findClaimsInBlocks(section.body, sectionField(section, index, 'body'), rules))
    const takeaway = section.takeaway
    if (isTakeaway(takeaway) && !seen.has(`takeaway:${takeaway._id}`)) {
      seen.add(`takeaway:${takeaway._id}`)
      hits.push(...findClaimsInText(takeaway.text, { field: `takeaway:${takeaway._id}.text` }, rules))
    }
  }
  hits.push(...findClaimsInBlocks(article.conclusion, 'conclusion', rules))
  for (const faq of article.faqs ?? []) {
    if (!isFaq(faq) || seen.has(`faq:${faq._id}`)) continue
    seen.add(`faq:${faq._id}`)
    hits.push(...findClaimsInBlocks(faq.answer, `faq:${faq._id}.answer`, rules))
  }
  return hits
}
