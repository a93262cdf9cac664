import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CLAIM_CATEGORIES, claimRules, parseClaimRules, type ClaimRule } from '@/lib/claims/claimRules'
import { findClaimsInText } from '@/lib/claims/findClaims'

const rule: ClaimRule = {
  id: 'x-rule',
  category: 'superlative',
  title: 'X',
  patterns: ['x'],
  why: 'why',
  suggestion: 'say y',
}

const ruleIdsIn = (text: string) => findClaimsInText(text, { field: 'excerpt' }).map((hit) => hit.ruleId)

describe('the reviewed rules (lib/claims/rules.json)', () => {
  it('covers every category', () => {
    expect(new Set(claimRules.map((r) => r.category))).toEqual(new Set(CLAIM_CATEGORIES))
  })

  it.each([
    ['Ketamine can cure depression.', 'cure-claim'],
    ['Results are guaranteed.', 'guaranteed-outcome'],
    ['It works 100% of the time.', 'guaranteed-outcome'],
    ['The relief is permanent.', 'permanent-outcome'],
    ['Patients feel instant relief.', 'speed-promise'],
    ['You will see results overnight.', 'speed-promise'],
    ['The infusion has no side effects.', 'no-side-effects'],
    ['The treatment is completely safe.', 'completely-safe'],
    ['A risk-free option.', 'completely-safe'],
    ['Ketamine is FDA-approved for depression.', 'fda-approved'],
    ['It was approved by the FDA for depression.', 'fda-approved'],
    ['This is the best treatment.', 'superlative-as-fact'],
    ['A miracle for mothers.', 'superlative-as-fact'],
    ['A breakthrough therapy.', 'superlative-as-fact'],
    ['A revolutionary approach.', 'superlative-as-fact'],
    ['Studies show it works.', 'studies-show-unsourced'],
    ['Research proves it.', 'research-proves-unsourced'],
    ['Trials show promising results.', 'trials-show-unsourced'],
    ['Science says so.', 'science-says-unsourced'],
    ['It is proven to lift mood.', 'science-says-unsourced'],
    ['Read Jane’s experience with ketamine.', 'testimonial-outcome'],
    ['She found immediate relief.', 'testimonial-outcome'],
    ['Stories like hers give hope.', 'testimonial-outcome'],
    ['A patient testimonial.', 'testimonial-outcome'],
    ['The supermodel tried it.', 'celebrity-endorsement'],
    ['The TV host tried it.', 'celebrity-endorsement'],
    ['A celebrity tried it.', 'celebrity-endorsement'],
    ['Stars like her tried it.', 'celebrity-endorsement'],
  ])('flags "%s" (%s)', (text, ruleId) => {
    expect(ruleIdsIn(text)).toContain(ruleId)
  })

  it.each([
    'Postpartum depression affects one in seven women after childbirth.',
    'Talk to your clinician about the options that suit you.',
    'Some patients notice changes within hours to days; others need several sessions.',
    'The infusion is given in an outpatient setting and takes about forty minutes.',
    'A secure, procured supply of medication is kept at the clinic.',
    'Seek care if symptoms persist beyond two weeks.',
  ])('leaves an ordinary sentence alone: "%s"', (text) => {
    expect(ruleIdsIn(text)).toEqual([])
  })

  it('refuses duplicate ids, a non-kebab id, an unknown category and an unsourced-evidence rule that ignores sources', () => {
    expect(() => parseClaimRules([rule, rule])).toThrow(/duplicate rule id x-rule/)
    expect(() => parseClaimRules([{ ...rule, id: 'X Rule' }])).toThrow(/kebab-case/)
    expect(() => parseClaimRules([{ ...rule, category: 'opinion' }])).toThrow()
    expect(() => parseClaimRules([{ ...rule, category: 'unsourced-evidence' }])).toThrow(/needsSourceInSentence/)
    expect(parseClaimRules([rule])).toEqual([rule])
  })

  it('are each listed in docs/claims.md', () => {
    const docs = readFileSync(path.join(process.cwd(), 'docs/claims.md'), 'utf8')
    expect(claimRules.filter((r) => !docs.includes(`| \`${r.id}\` |`)).map((r) => r.id)).toEqual([])
  })
})
