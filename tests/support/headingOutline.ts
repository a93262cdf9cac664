/** Heading levels of a rendered page, in document order. */
export function headingLevels(root: ParentNode): number[] {
  return Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'), (heading) => Number(heading.tagName.slice(1)))
}

/** Problems with a page's outline: not exactly one h1, an h1 not first, or a level skipped. */
export function outlineProblems(root: ParentNode): string[] {
  const levels = headingLevels(root)
  const problems: string[] = []
  const h1s = levels.filter((level) => level === 1).length
  if (h1s !== 1) problems.push(`${h1s} h1 elements`)
  if (levels[0] !== 1) problems.push(`the first heading is h${levels[0]}`)
  levels.forEach((level, index) => {
    const previous = levels[index - 1]
    if (previous !== undefined && level > previous + 1) problems.push(`h${previous} is followed by h${level}`)
  })
  return problems
}
