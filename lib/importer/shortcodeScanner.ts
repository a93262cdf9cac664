/**
 * Finds shortcodes in one forward pass, so crafted input costs time linear in its length.
 * Regular expressions such as /\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/ rescan the rest of
 * the text from every opener that has no `]` or no closer: 100,000 unmatched `[caption` openers
 * took minutes. Here the next `]` and the next closer are each looked up once and reused.
 */

export interface Shortcode {
  /** The opener as its pattern matched it, with its groups: `[caption`, `[/gallery`… */
  opener: RegExpExecArray
  /** Between the opener and its `]`. */
  attributes: string
  /** Between the `]` and the closer; null when there is no closer. */
  inner: string | null
  /** The whole shortcode as written. */
  text: string
}

export interface ShortcodeSyntax {
  /** Global pattern for the start of an opener, from its `[` to the end of its name. */
  opener: RegExp
  /** Global pattern of the closer; `required` skips an opener without one, `optional` takes it when present. */
  closer?: { pattern: (opener: RegExpExecArray) => RegExp; presence: 'required' | 'optional' }
}

/** The next match of a global pattern at or after a position, remembered while still ahead. */
class NextMatch {
  private found: { index: number; end: number } | null = null
  private noneFrom = Infinity

  constructor(private readonly pattern: RegExp) {}

  at(text: string, from: number): { index: number; end: number } | null {
    if (from >= this.noneFrom) return null
    if (this.found && this.found.index >= from) return this.found
    this.pattern.lastIndex = from
    const match = this.pattern.exec(text)
    if (!match) {
      this.noneFrom = from
      return null
    }
    this.found = { index: match.index, end: match.index + match[0].length }
    return this.found
  }
}

/**
 * Replaces each shortcode `replace` accepts (by returning a string) and leaves the rest; a
 * refused opener is passed over and scanning goes on after its `[`.
 */
export function replaceShortcodes(
  content: string,
  syntax: ShortcodeSyntax,
  replace: (shortcode: Shortcode) => string | null,
): string {
  const opener = new RegExp(
    syntax.opener.source,
    syntax.opener.flags.includes('g') ? syntax.opener.flags : `${syntax.opener.flags}g`,
  )
  const bracket = new NextMatch(/\]/g)
  const closers = new Map<string, NextMatch>()
  const closerAfter = (match: RegExpExecArray, from: number) => {
    if (!syntax.closer) return null
    const pattern = syntax.closer.pattern(match)
    const key = `${pattern.source}/${pattern.flags}`
    let next = closers.get(key)
    if (!next) closers.set(key, (next = new NextMatch(pattern)))
    return next.at(content, from)
  }

  let output = ''
  let copied = 0
  opener.lastIndex = 0
  for (let match = opener.exec(content); match; match = opener.exec(content)) {
    const start = match.index
    const attributesStart = start + match[0].length
    const end = bracket.at(content, attributesStart)
    // No `]` anywhere after: no later opener can be completed either.
    if (!end) break
    const closer = closerAfter(match, end.end)
    if (syntax.closer?.presence === 'required' && !closer) {
      opener.lastIndex = start + 1
      continue
    }
    const stop = closer ? closer.end : end.end
    const replacement = replace({
      opener: match,
      attributes: content.slice(attributesStart, end.index),
      inner: closer ? content.slice(end.end, closer.index) : null,
      text: content.slice(start, stop),
    })
    if (replacement === null) {
      opener.lastIndex = start + 1
      continue
    }
    output += content.slice(copied, start) + replacement
    copied = stop
    opener.lastIndex = stop
  }
  return output + content.slice(copied)
}
