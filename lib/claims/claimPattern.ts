// Turns a rule's word pattern into a regular expression. The syntax is small on purpose so a
// clinician can read rules.json (docs/claims.md describes it):
//   cure                  a word, with its inflections (cures, cured, curing, curative is its own word)
//   show|prove            alternatives for one word
//   [have|has]            an optional word
//   ...                   up to three other words in between ("immediate and lasting relief")
//   *                     any one word ("*'s experience with" matches "Teigen's experience with")
//   risk-free             words joined by a hyphen match with a hyphen, a dash or a space
// Matching ignores case; a pattern never matches inside a longer word.

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]'
const WORD_START = `(?<![\\p{L}\\p{N}])`
const WORD_END = `(?![\\p{L}\\p{N}])`
/** Between two words of a phrase: spaces, or a hyphen or dash with optional spaces around it. */
const SEPARATOR = '(?:[\\s\\u00a0]*[-\\u2010\\u2011\\u2013\\u2014][\\s\\u00a0]*|[\\s\\u00a0]+)'
/** Any one word, for "*" and the gap "...". */
const ANY_WORD = `${LETTER_OR_DIGIT}+(?:['\\u2019]${LETTER_OR_DIGIT}+)*`
const GAP = `(?:[,;:]?${SEPARATOR}${ANY_WORD}){0,3}[,;:]?`

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * One word with the suffixes English adds to it. Short words ("no", "the", "FDA") and words with
 * digits or symbols ("100%") match exactly: inflecting them would only add noise.
 */
export function inflectedWord(word: string): string {
  const lower = word.toLowerCase()
  const literal = (text: string) => escapeRegExp(text).replace(/'/g, "['\\u2019]")
  if (!/^[a-z]+$/.test(lower) || lower.length <= 3) return literal(lower)
  const forms = [`${lower}(?:s|es|d|ed|ing|ly|n|en)?`]
  // cure → curing; but guarantee → guaranteeing keeps its e.
  if (lower.endsWith('e') && !lower.endsWith('ee')) forms.push(`${lower.slice(0, -1)}ing`)
  // study → studies, studied.
  if (/[^aeiou]y$/.test(lower)) forms.push(`${lower.slice(0, -1)}(?:ies|ied|ily)`)
  return forms.length === 1 ? forms[0]! : `(?:${forms.join('|')})`
}

/** One alternative of a token: a word, or words joined by hyphens ("risk-free", "game-changer"). */
function alternative(text: string): string {
  if (text === '*') return ANY_WORD
  const words = text.split(/-+/).filter(Boolean)
  if (words.length === 0) throw new Error(`empty word in claim pattern "${text}"`)
  // "*'s": the name, then the possessive.
  return words
    .map((word) =>
      word.startsWith("*'") ? `${ANY_WORD}['\\u2019]${escapeRegExp(word.slice(2))}` : inflectedWord(word),
    )
    .join(SEPARATOR)
}

type Token = { kind: 'gap' } | { kind: 'word'; source: string; optional: boolean }

function tokenize(pattern: string): Token[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((raw): Token => {
      if (raw === '...') return { kind: 'gap' }
      const optional = raw.startsWith('[') && raw.endsWith(']')
      const body = optional ? raw.slice(1, -1) : raw
      const alternatives = body.split('|')
      if (alternatives.some((text) => text === '' || /[[\]]/.test(text)))
        throw new Error(`malformed word "${raw}" in claim pattern "${pattern}"`)
      const source = alternatives.map(alternative)
      return { kind: 'word', source: source.length === 1 ? source[0]! : `(?:${source.join('|')})`, optional }
    })
}

/** The regular expression source for one pattern, without flags. */
export function claimPatternSource(pattern: string): string {
  const tokens = tokenize(pattern)
  if (tokens.length === 0 || tokens[0]!.kind === 'gap' || tokens.at(-1)!.kind === 'gap')
    throw new Error(`claim pattern "${pattern}" must start and end with a word`)
  if (tokens[0]!.kind === 'word' && tokens[0]!.optional)
    throw new Error(`claim pattern "${pattern}" must start with a required word`)
  let source = ''
  let first = true
  for (const token of tokens) {
    if (token.kind === 'gap') {
      source += GAP
      continue
    }
    // The separator belongs to the optional word, so "without [any] side effects" also reads "without side effects".
    const piece = first ? token.source : `${SEPARATOR}${token.source}`
    source += token.optional ? `(?:${piece})?` : piece
    first = false
  }
  return `${WORD_START}${source}${WORD_END}`
}

/** A global, case-insensitive, Unicode expression for the pattern. */
export function compileClaimPattern(pattern: string): RegExp {
  return new RegExp(claimPatternSource(pattern), 'giu')
}
