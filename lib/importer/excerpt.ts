import { splitSentences } from './sentences'

const MAX_EXCERPT = 160

/**
 * The excerpt is never written for the author: it is the intro's leading sentences, as many as
 * fit in a meta description (at least one), so no sentence is invented.
 */
export function excerptFrom(introText: string): string {
  const [first, ...rest] = splitSentences(introText)
  if (first === undefined) return ''
  let excerpt = first
  for (const sentence of rest) {
    if (excerpt.length + 1 + sentence.length > MAX_EXCERPT) break
    excerpt = `${excerpt} ${sentence}`
  }
  return excerpt
}
