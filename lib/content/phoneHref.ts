/**
 * A tel: or sms: link for a phone number as editors type it ("1-833-852-6262", "(305) 555 …").
 * Null when the number holds no digit, so no page ever renders a dead "tel:" link.
 */
export function phoneHref(scheme: 'tel' | 'sms', number: string | null | undefined): string | null {
  const dialable = (number ?? '').replace(/[^0-9+]/g, '')
  return /[0-9]/.test(dialable) ? `${scheme}:${dialable}` : null
}
