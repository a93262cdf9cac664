import { z } from 'zod'
import rulesJson from './rules.json'

// The reviewed rule list lives in rules.json so clinicians can review wording changes as data;
// it is validated here once, when the module loads, so a typo fails every test at once.
// lib/claims uses relative imports only: the Studio bundles it and does not know the `@/` alias.

export const CLAIM_CATEGORIES = [
  'absolute-outcome',
  'speed-promise',
  'safety-absolute',
  'regulatory',
  'superlative',
  'unsourced-evidence',
  'testimonial',
] as const

export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number]

export const claimRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a rule id is kebab-case'),
  category: z.enum(CLAIM_CATEGORIES),
  title: z.string().min(1),
  /** Word patterns; see docs/claims.md for the syntax and lib/claims/claimPattern.ts for how they match. */
  patterns: z.array(z.string().trim().min(1)).min(1),
  why: z.string().min(1),
  suggestion: z.string().min(1),
  /** Only a hit when the sentence has no link, no citation mark and no URL. */
  needsSourceInSentence: z.literal(true).optional(),
})

export type ClaimRule = z.infer<typeof claimRuleSchema>

export const claimRulesSchema = z.array(claimRuleSchema).superRefine((rules, context) => {
  const seen = new Set<string>()
  for (const [index, rule] of rules.entries()) {
    if (seen.has(rule.id))
      context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate rule id ${rule.id}` })
    seen.add(rule.id)
    if (rule.category === 'unsourced-evidence' && !rule.needsSourceInSentence)
      context.addIssue({
        code: 'custom',
        path: [index, 'needsSourceInSentence'],
        message: `${rule.id}: an unsourced-evidence rule is satisfied by a source, so it needs needsSourceInSentence: true`,
      })
  }
})

/** Parses a rule list (rules.json, or a test's own list). */
export function parseClaimRules(value: unknown): ClaimRule[] {
  return claimRulesSchema.parse(value)
}

/** The reviewed rules from lib/claims/rules.json. */
export const claimRules: readonly ClaimRule[] = parseClaimRules(rulesJson)
