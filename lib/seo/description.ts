// Search engines show about 155-160 characters of a description; longer ones are cut mid-word.
export const DESCRIPTION_LIMIT = 160

/** Text cut at a word boundary so it fits `limit` characters, ellipsis included. */
export function trimToLength(text: string, limit = DESCRIPTION_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= limit) return clean
  const cut = clean.slice(0, limit - 1)
  const lastSpace = cut.lastIndexOf(' ')
  const words = lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut
  return `${words.replace(/[\s.,;:!?\-–—]+$/, '')}…`
}

/**
 * The first candidate with text: an editor's meta description, else the excerpt, else the
 * opening text trimmed to fit. Editor-written text is kept whole, even when long.
 */
export function pickDescription(written: (string | null | undefined)[], derived?: string): string | undefined {
  for (const candidate of written) {
    const text = candidate?.replace(/\s+/g, ' ').trim()
    if (text) return text
  }
  const fallback = derived ? trimToLength(derived) : ''
  return fallback || undefined
}
