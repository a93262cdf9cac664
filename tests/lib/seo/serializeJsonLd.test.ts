import fc from 'fast-check'
import { serializeJsonLd } from '@/lib/seo/serializeJsonLd'

describe('serializeJsonLd', () => {
  it('cannot be closed or commented out by content', () => {
    const hostile = { name: '</script><script>alert(1)</script>', text: '<!-- x --> & a\u2028b\u2029c' }
    const json = serializeJsonLd(hostile)
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json)).toEqual(hostile)
  })

  it('round-trips any JSON value and never contains a character that is unsafe in a script element', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = serializeJsonLd(value)
        expect(json).not.toMatch(/[<>&\u2028\u2029]/)
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)))
      }),
    )
  })
})
