// "Not a cure" and "no guarantee" still name the claim; a reviewer confirms the sentence does not
// make it anyway ("not a cure, but close"). The check looks a few words back within the sentence.

const NEGATION =
  /(?<![\p{L}\p{N}])(?:not|no|never|none|nor|neither|without|cannot|nothing|hardly)(?![\p{L}\p{N}])|n['\u2019]t(?![\p{L}\p{N}])/iu

/** How many words before the match may carry the negation ("is not yet a cure"). */
const WINDOW_WORDS = 3

export function isNegated(sentenceBeforeMatch: string): boolean {
  const words = sentenceBeforeMatch.split(/\s+/).filter(Boolean).slice(-WINDOW_WORDS)
  return NEGATION.test(words.join(' '))
}
