import { formatDate } from '@/lib/content/formatDate'
import { LANGUAGES } from '@/lib/i18n/languages'
import { listPhrase, messages, readingTimeText } from '@/lib/i18n/messages'

// The catalogue's type makes a missing key a compile error; these checks catch what a type cannot:
// an empty string, a function where the other language has text, and an English string left
// untranslated in the Spanish catalogue.

type Entry = { path: string; value: unknown }

/** Every leaf of a catalogue, by its dotted path. */
function leaves(value: unknown, path = ''): Entry[] {
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
  return [{ path, value }]
}

// Sample arguments for the interpolating functions: numbers read as counts, and interpolate as text.
const SAMPLE_ARGUMENTS = [3, 2, 4, 5]
function sample(value: unknown): unknown {
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown)(...SAMPLE_ARGUMENTS) : value
}

/** The same words in both languages on purpose: names, and words Spanish borrows unchanged. */
const SAME_IN_BOTH = new Set(['breadcrumbs.blog', 'portableText.audio'])

const english = leaves(messages('en'))

describe('the message catalogue', () => {
  it.each(LANGUAGES)('%s has every key the other languages have, and no other', (language) => {
    const paths = leaves(messages(language)).map((entry) => entry.path)
    expect(paths).toEqual(english.map((entry) => entry.path))
  })

  it.each(LANGUAGES)('%s: every entry is non-empty text, or a function where English has one', (language) => {
    const catalogue = new Map(leaves(messages(language)).map((entry) => [entry.path, entry.value]))
    for (const { path, value } of english) {
      const translated = catalogue.get(path)
      expect([path, typeof translated]).toEqual([path, typeof value])
      if (typeof value === 'function' && typeof translated === 'function')
        expect([path, translated.length]).toEqual([path, value.length])
      const text = sample(translated)
      expect([path, typeof text]).toEqual([path, 'string'])
      expect([path, String(text).trim().length > 0]).toEqual([path, true])
    }
  })

  it('translates every English string into Spanish (but for the few the same in both)', () => {
    const spanish = new Map(leaves(messages('es')).map((entry) => [entry.path, sample(entry.value)]))
    const untranslated = english
      .filter(({ path, value }) => !SAME_IN_BOTH.has(path) && spanish.get(path) === sample(value))
      .map(({ path }) => path)
    expect(untranslated).toEqual([])
  })

  it('speaks to Spanish-reading patients as "usted", never "tú"', () => {
    const spanishText = leaves(messages('es'))
      .map(({ value }) => String(sample(value)))
      .join('\n')
    expect(spanishText).not.toMatch(/(?<!\p{L})(tú|tu|tus|puedes|necesitas|lee|visita)(?!\p{L})/iu)
    expect(spanishText).toMatch(/\busted\b/)
  })
})

describe('dates, numbers and lists in the language of the page', () => {
  it('keeps the English output as before', () => {
    expect(formatDate('2024-01-15')).toBe('January 15, 2024')
    expect(formatDate('2024-01-15', 'en')).toBe('January 15, 2024')
    expect(readingTimeText('en', 5)).toBe('5 min read')
    expect(listPhrase('en', ['A', 'B', 'C'])).toBe('A, B, and C')
  })

  it('writes Spanish dates, reading times and lists the Spanish way', () => {
    expect(formatDate('2024-01-15', 'es')).toBe('15 de enero de 2024')
    expect(formatDate('2024-03-01T23:30:00Z', 'es')).toBe('1 de marzo de 2024')
    expect(readingTimeText('es', 7)).toBe('7 min de lectura')
    expect(listPhrase('es', ['A', 'B', 'C'])).toBe('A, B y C')
  })

  it('gives no date for a value that is not one, in either language', () => {
    expect(formatDate('not a date', 'es')).toBeNull()
    expect(formatDate(null, 'en')).toBeNull()
  })
})
