import fc from 'fast-check'
import { MAX_QUERY_LENGTH, parseSearchInput } from '@/lib/content/searchInput'

describe('parseSearchInput', () => {
  it('has no terms for a missing, empty or blank query', () => {
    for (const raw of [undefined, '', '   ', '\n\t'])
      expect(parseSearchInput(raw)).toEqual({ text: '', truncated: false, terms: [] })
  })

  it('turns words into lower-case prefix patterns, once each', () => {
    expect(parseSearchInput('Ketamine  postpartum ketamine').terms).toEqual(['ketamine*', 'postpartum*'])
  })

  it('drops GROQ syntax, quotes and wildcards: only the words between them remain', () => {
    expect(parseSearchInput('*[_type == "siteSettings"]').terms).toEqual(['type*', 'sitesettings*'])
    expect(parseSearchInput('") || true || ("').terms).toEqual(['true*'])
    expect(parseSearchInput('"ketamine*"').terms).toEqual(['ketamine*'])
    expect(parseSearchInput('$terms ^.^ -> @').terms).toEqual(['terms*'])
  })

  it('has no terms when the query is only punctuation, so it cannot match everything', () => {
    for (const raw of ['*', '**', '"', "'", '""', '[]', '?', '-', '\\']) expect(parseSearchInput(raw).terms).toEqual([])
  })

  it('keeps words in any script, with their accents', () => {
    expect(parseSearchInput('dépression 産後うつ депрессия').terms).toEqual(['dépression*', '産後うつ*', 'депрессия*'])
  })

  it('drops one-letter words unless nothing else is left', () => {
    expect(parseSearchInput("it's a baby").terms).toEqual(['it*', 'baby*'])
    expect(parseSearchInput('a').terms).toEqual(['a*'])
  })

  it('cuts a long query at MAX_QUERY_LENGTH characters and says so', () => {
    const input = parseSearchInput('ketamine '.repeat(50))
    expect(input.truncated).toBe(true)
    expect(Array.from(input.text).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(input.terms).toEqual(['ketamine*'])
  })

  it('never cuts an emoji in half', () => {
    const input = parseSearchInput('😀'.repeat(MAX_QUERY_LENGTH + 5))
    expect(input.text).toBe('😀'.repeat(MAX_QUERY_LENGTH))
  })

  it('reads the first value of a repeated parameter', () => {
    expect(parseSearchInput(['first', 'second']).terms).toEqual(['first*'])
  })

  it('gives only word-character patterns for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (raw) => {
        const input = parseSearchInput(raw)
        expect(Array.from(input.text).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
        for (const term of input.terms) expect(term).toMatch(/^[\p{L}\p{M}\p{N}]+\*$/u)
      }),
    )
  })
})
