// Dates are shown in the clinic's language and fixed to UTC so the build and the browser agree.
const formatter = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** "January 15, 2024" for an ISO date or datetime; null when the value is not a date. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : formatter.format(date)
}

/** The machine-readable value for a <time dateTime> attribute. */
export function isoDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}
