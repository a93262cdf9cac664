export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap'; key: string }

// First, last and the pages either side of the current one; the rest collapse into a gap,
// so a long archive still fits one line on a phone.
const NEIGHBOURS = 1

/** The page numbers a pagination bar shows, in order, with gaps where pages are skipped. */
export function pageLinks(current: number, total: number): PageLink[] {
  const shown = new Set([1, total])
  for (let page = current - NEIGHBOURS; page <= current + NEIGHBOURS; page++) {
    if (page >= 1 && page <= total) shown.add(page)
  }
  const links: PageLink[] = []
  let previous = 0
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page - previous === 2) links.push({ kind: 'page', page: previous + 1, current: false })
    else if (page - previous > 2) links.push({ kind: 'gap', key: `gap-${previous}` })
    links.push({ kind: 'page', page, current: page === current })
    previous = page
  }
  return links
}
