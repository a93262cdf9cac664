// XML 1.0 allows no control character but tab, line feed and carriage return, no U+FFFE/U+FFFF
// and no unpaired surrogate: one pasted into a clinic, person or topic name would make the whole
// feed unparseable. "]]>" would end the CDATA section the feed library wraps text in.
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text that can go into a feed, as element text or CDATA, unchanged in meaning. */
export function feedSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replaceAll(']]>', ']] >')
}

/**
 * Every string in `value` (at any depth) through feedSafeText: what the feed library is handed,
 * so no field can be forgotten. Dates and other values pass unchanged.
 */
export function feedSafe<T>(value: T): T {
  if (typeof value === 'string') return feedSafeText(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => feedSafe(item)) as T
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, feedSafe(item)])) as T
  return value
}
