import { captionSegments, webHref } from '@/lib/content/captionSegments'

describe('caption links', () => {
  it('links the first occurrence of each link text and keeps the caption text exactly', () => {
    const segments = captionSegments('Photo by Ana, edited by Ana Lopez', [
      { text: 'Ana', href: 'https://example.org/ana' },
    ])
    expect(segments).toEqual([
      { text: 'Photo by ', href: null },
      { text: 'Ana', href: 'https://example.org/ana' },
      { text: ', edited by Ana Lopez', href: null },
    ])
  })

  it('ignores links whose text is not in the caption, unsafe schemes and overlapping links', () => {
    const caption = 'Source: NIMH, call 988'
    const segments = captionSegments(caption, [
      { text: 'missing', href: 'https://example.org' },
      { text: 'NIMH', href: 'javascript:alert(1)' },
      { text: 'call 988', href: 'tel:988' },
      { text: '988', href: 'https://example.org/988' },
      { text: 'Source', href: 'mailto:editor@example.org' },
    ])
    expect(segments.map((segment) => segment.text).join('')).toBe(caption)
    expect(segments.filter((segment) => segment.href)).toEqual([
      { text: 'Source', href: 'mailto:editor@example.org' },
      { text: 'call 988', href: 'tel:988' },
    ])
  })

  it('is the plain caption when there are no links', () => {
    expect(captionSegments('Just text', undefined)).toEqual([{ text: 'Just text', href: null }])
  })
})

describe('web links (images, media cards)', () => {
  it('allows http and https only', () => {
    expect(webHref('https://example.org/a')).toBe('https://example.org/a')
    expect(webHref('http://example.org/')).toBe('http://example.org/')
    for (const href of [
      'mailto:a@example.org',
      'tel:988',
      'javascript:alert(1)',
      ' data:text/html,x',
      '/relative',
      42,
      null,
    ])
      expect(webHref(href)).toBeNull()
  })
})
