const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text made safe to place inside HTML markup or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}

// XML 1.0 forbids most control characters; one pasted into the CMS would make the whole feed
// unparseable. "]]>" would end the CDATA section the feed library wraps text in.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Text that can go into a feed's CDATA section unchanged in meaning. */
export function feedSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replaceAll(']]>', ']] >')
}
