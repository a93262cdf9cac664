import { contrast, themes, type Theme } from '../support/designTokens'

// WCAG 2.2 AA: 4.5:1 for text (1.4.3), 3:1 for focus rings, borders of controls and other
// meaningful non-text marks (1.4.11). Every pair below is one the stylesheets actually use.
const TEXT = ['text', 'muted', 'link', 'link-hover', 'crisis']
const BACKGROUNDS = ['bg', 'surface', 'callout', 'crisis-bg']
const NON_TEXT = ['focus', 'accent', 'border-strong', 'crisis']

describe.each(Object.entries(themes()))('the %s theme', (_name, theme: Theme) => {
  it('declares every colour the pairs below need', () => {
    for (const token of [...TEXT, ...BACKGROUNDS, ...NON_TEXT, 'notice-bg', 'notice-text'])
      expect(theme[token]).toMatch(/^#/)
  })

  it.each(TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg])))('%s text on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(theme[fg!]!, theme[bg!]!)).toBeGreaterThanOrEqual(4.5)
  })

  it.each(NON_TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg])))('%s marks on %s are at least 3:1', (fg, bg) => {
    expect(contrast(theme[fg!]!, theme[bg!]!)).toBeGreaterThanOrEqual(3)
  })

  it('keeps filled buttons (background-coloured text on the link colour) at 4.5:1', () => {
    expect(contrast(theme.bg!, theme.link!)).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps the draft-preview notice at 4.5:1', () => {
    expect(contrast(theme['notice-text']!, theme['notice-bg']!)).toBeGreaterThanOrEqual(4.5)
  })
})

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})
