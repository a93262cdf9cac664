/** The latest of some dates (ISO dates or datetimes), as an ISO datetime; null when none is a date. */
export function latest(values: (string | null | undefined)[]): string | null {
  let newest: number | null = null
  for (const value of values) {
    if (!value) continue
    const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
    if (!Number.isNaN(time) && (newest === null || time > newest)) newest = time
  }
  return newest === null ? null : new Date(newest).toISOString()
}
