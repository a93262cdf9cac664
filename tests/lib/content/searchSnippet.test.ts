import { buildSnippet, SNIPPET_LENGTH, type Snippet } from '@/lib/content/searchSnippet'

const plain = (snippet: Snippet | null) =>
  snippet?.segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('')

describe('buildSnippet', () => {
  it('marks every word that starts with a term, whatever its case', () => {
    const snippet = buildSnippet(
      [{ text: 'Ketamine infusions and ketamine therapy.', label: null, anchor: null }],
      ['ketamine*'],
    )
    expect(plain(snippet)).toBe('[Ketamine] infusions and [ketamine] therapy.')
  })

  it('matches prefixes, as GROQ does with a trailing wildcard', () => {
    expect(plain(buildSnippet([{ text: 'About breastfeeding.', label: null, anchor: null }], ['breastfeed*']))).toBe(
      'About [breastfeeding].',
    )
  })

  it('picks the source holding the most terms, and reports where it is', () => {
    const snippet = buildSnippet(
      [
        { text: 'Nausea is possible.', label: 'One', anchor: 'one' },
        { text: 'Nausea or dizziness may happen.', label: 'Two', anchor: 'two' },
      ],
      ['nausea*', 'dizziness*'],
    )
    expect(snippet).toMatchObject({ label: 'Two', anchor: 'two' })
    expect(plain(snippet)).toBe('[Nausea] or [dizziness] may happen.')
  })

  it('cuts a long text around the first match, at word boundaries, with ellipses', () => {
    const filler = 'word '.repeat(100)
    const snippet = buildSnippet([{ text: `${filler}target here ${filler}`, label: null, anchor: null }], ['target*'])
    const text = plain(snippet) ?? ''
    expect(text.startsWith('…word')).toBe(true)
    expect(text.endsWith('word…')).toBe(true)
    expect(text).toContain('[target] here')
    expect(text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 4)
  })

  it('is null when no source contains a term', () => {
    expect(buildSnippet([{ text: 'Nothing relevant.', label: null, anchor: null }], ['ketamine*'])).toBeNull()
  })

  it('does not treat a term as a pattern', () => {
    expect(buildSnippet([{ text: 'a.b axb', label: null, anchor: null }], ['a.b*'])).toBeNull()
  })
})

describe('buildSnippet windows', () => {
  it('shows the part of a long text where most of the terms are together', () => {
    const filler = 'word '.repeat(60)
    const text = `ketamine ${filler} ketamine and nausea together ${filler}`
    const snippet = plain(buildSnippet([{ text, label: null, anchor: null }], ['ketamine*', 'nausea*']))
    expect(snippet).toContain('[ketamine] and [nausea] together')
  })
})
