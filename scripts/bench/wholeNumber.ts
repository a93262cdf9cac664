/** Parses a command-line number, or fails naming the option and what was given. */
export function wholeNumber(option: string, text: string, min: number): number {
  const value = Number(text)
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new Error(`${option} must be a whole number of at least ${min} (got "${text}")`)
  }
  return value
}
