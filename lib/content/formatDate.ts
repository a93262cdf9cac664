import { DEFAULT_LANGUAGE, LANGUAGE_LOCALES, type Language } from '../i18n/languages'

// Dates are shown in the page's language and fixed to UTC so the build and the browser agree.
const formatters = new Map<Language, Intl.DateTimeFormat>()
function formatterFor(language: Language): Intl.DateTimeFormat {
  let formatter = formatters.get(language)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LANGUAGE_LOCALES[language].replace('_', '-'), {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    })
    formatters.set(language, formatter)
  }
  return formatter
}

/**
 * "January 15, 2024" (or "15 de enero de 2024" in Spanish) for an ISO date or datetime; null when
 * the value is not a date.
 */
export function formatDate(value: string | null | undefined, language: Language = DEFAULT_LANGUAGE): string | null {
  if (!value) return null
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : formatterFor(language).format(date)
}

/** The machine-readable value for a <time dateTime> attribute. */
export function isoDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}
