import { claimPatternSource, compileClaimPattern } from '@/lib/claims/claimPattern'

const matches = (pattern: string, text: string): string[] =>
  [...text.matchAll(compileClaimPattern(pattern))].map((m) => m[0])

describe('claim patterns', () => {
  it('tolerates inflections: cure, cures, cured, curing', () => {
    expect(matches('cure', 'It cures. It cured her. Curing it. A cure.')).toEqual(['cures', 'cured', 'Curing', 'cure'])
  })

  it('keeps the e of guarantee: guarantees, guaranteed, guaranteeing', () => {
    expect(matches('guarantee', 'We guarantee it, guaranteed results, guarantees, guaranteeing')).toEqual([
      'guarantee',
      'guaranteed',
      'guarantees',
      'guaranteeing',
    ])
  })

  it('turns an adjective into its adverb: permanent, permanently; immediate, immediately', () => {
    expect(matches('permanent', 'Permanent change, permanently gone')).toEqual(['Permanent', 'permanently'])
    expect(matches('immediate ... relief', 'relief? Immediately relief')).toEqual(['Immediately relief'])
  })

  it('turns study into studies and studied', () => {
    expect(matches('study show', 'Studies show it; the study showed; a study has shown')).toEqual([
      'Studies show',
      'study showed',
    ])
  })

  it('matches 100% exactly, not inside a longer number', () => {
    expect(matches('100%', '100% of patients, 1100% growth, 100 % split')).toEqual(['100%'])
  })

  it('never matches inside a longer word', () => {
    expect(matches('cure', 'secure, procure, curious, incurable, manicure')).toEqual([])
    expect(matches('the best', 'the bestseller')).toEqual([])
  })

  it('reads a hyphen in the pattern as a hyphen, a dash or a space in the text', () => {
    expect(matches('risk-free', 'risk-free, risk free, risk – free, riskfree')).toEqual([
      'risk-free',
      'risk free',
      'risk – free',
    ])
    expect(matches('FDA approve', 'FDA-approved and FDA approved')).toEqual(['FDA-approved', 'FDA approved'])
  })

  it('takes alternatives, optional words, a gap of up to three words and any one word', () => {
    expect(matches('research|trial [has|have] show', 'research has shown, trials show, research shows')).toEqual([
      'research has shown',
      'trials show',
      'research shows',
    ])
    expect(
      matches('immediate ... relief', 'immediate, lasting and real relief; immediate one two three four relief'),
    ).toEqual(['immediate, lasting and real relief'])
    expect(
      matches("*'s experience with", "Teigen’s experience with it; Ann's Experience With; her experience with"),
    ).toEqual(['Teigen’s experience with', "Ann's Experience With"])
  })

  it('rejects a malformed pattern instead of matching nothing', () => {
    expect(() => claimPatternSource('... relief')).toThrow(/start and end with a word/)
    expect(() => claimPatternSource('[quick] relief')).toThrow(/required word/)
    expect(() => claimPatternSource('a||b')).toThrow(/malformed/)
  })
})
