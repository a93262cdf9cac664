/** Articles per page of the blog index: the one place the page size is set. */
export const ARTICLES_PER_PAGE = 10

const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/

/**
 * The page a `?page=` value asks for, or null when it is not a page number (0, negative,
 * not a number, repeated). A missing value is page 1.
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1
  if (typeof value !== 'string' || !PAGE_NUMBER.test(value)) return null
  return Number(value)
}

export function pageCount(total: number, perPage: number = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** The half-open slice [start, end) of the list that a page shows. */
export function pageSlice(page: number, perPage: number = ARTICLES_PER_PAGE): { start: number; end: number } {
  const start = (page - 1) * perPage
  return { start, end: start + perPage }
}

/** The page showing the article at this position (0 for the newest) of the list. */
export function pageOfPosition(position: number, perPage: number = ARTICLES_PER_PAGE): number {
  return Math.floor(position / perPage) + 1
}
