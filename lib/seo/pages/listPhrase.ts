const conjunction = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/** "A, B, and C": names joined the way a sentence lists them. */
export function listPhrase(names: string[]): string {
  return conjunction.format(names)
}
