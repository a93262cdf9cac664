import { legacyPathVariants, normalizePath } from '@/lib/navigation/legacyPath'

describe('normalizePath', () => {
  it.each(['/2023/05/old-post/', '/2023/05/old-post', '//2023//05///old-post//', '2023/05/old-post'])(
    '%p -> "/2023/05/old-post"',
    (input) => expect(normalizePath(input)).toBe('/2023/05/old-post'),
  )

  it.each(['/', ''])('%p -> "/"', (input) => expect(normalizePath(input)).toBe('/'))
})

describe('legacyPathVariants', () => {
  it('gives the path with and without its trailing slash, as asked and in lower case', () => {
    expect(legacyPathVariants('/Old/Post/')).toEqual(['/Old/Post', '/Old/Post/', '/old/post', '/old/post/'])
  })

  it('does not repeat a path already in lower case', () => {
    expect(legacyPathVariants('/old')).toEqual(['/old', '/old/'])
  })
})
