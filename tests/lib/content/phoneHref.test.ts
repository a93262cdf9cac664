import { phoneHref } from '@/lib/content/phoneHref'

describe('phoneHref', () => {
  it('keeps only what a phone dials', () => {
    expect(phoneHref('tel', '1-833-852-6262')).toBe('tel:18338526262')
    expect(phoneHref('sms', '988')).toBe('sms:988')
    expect(phoneHref('tel', '+1 (305) 555-0100')).toBe('tel:+13055550100')
  })

  it('gives no link for a number without digits', () => {
    expect(phoneHref('tel', 'call us')).toBeNull()
    expect(phoneHref('tel', '+')).toBeNull()
    expect(phoneHref('tel', undefined)).toBeNull()
  })
})
