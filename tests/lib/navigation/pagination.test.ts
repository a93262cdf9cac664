import { pageLinks } from '@/lib/navigation/pageLinks'
import { pageCount, pageSlice, parsePageParam } from '@/lib/navigation/pagination'

const shown = (current: number, total: number) =>
  pageLinks(current, total)
    .map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.page}]` : String(link.page)))
    .join(' ')

describe('parsePageParam', () => {
  it('reads a missing page as page 1 and a positive whole number as itself', () => {
    expect(parsePageParam(undefined)).toBe(1)
    expect(parsePageParam('7')).toBe(7)
  })

  it.each([['0'], ['-2'], ['abc'], ['2.0'], ['02'], [' 2'], ['1e3'], ['9999999']])('rejects %p', (value) => {
    expect(parsePageParam(value)).toBeNull()
  })

  it('rejects a repeated parameter', () => {
    expect(parsePageParam(['1'])).toBeNull()
  })
})

describe('page arithmetic', () => {
  it('always has at least one page', () => {
    expect(pageCount(0, 10)).toBe(1)
    expect(pageCount(10, 10)).toBe(1)
    expect(pageCount(11, 10)).toBe(2)
  })

  it('slices pages end to end', () => {
    expect(pageSlice(1, 10)).toEqual({ start: 0, end: 10 })
    expect(pageSlice(3, 10)).toEqual({ start: 20, end: 30 })
  })
})

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    expect(shown(2, 3)).toBe('1 [2] 3')
  })

  it('keeps first, last and the neighbours of the current page, with gaps between', () => {
    expect(shown(1, 10)).toBe('[1] 2 … 10')
    expect(shown(5, 10)).toBe('1 … 4 [5] 6 … 10')
    expect(shown(10, 10)).toBe('1 … 9 [10]')
  })

  it('shows a single skipped page instead of a gap', () => {
    expect(shown(4, 7)).toBe('1 2 3 [4] 5 6 7')
  })
})
