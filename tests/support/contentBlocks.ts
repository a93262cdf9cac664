// Portable-text blocks and article parts as the Studio and the importer store them, for the
// documents tests write by hand.

/** A block of one unmarked span. */
export const textBlock = (key: string, text: string, style = 'normal') => ({
  _type: 'block',
  _key: key,
  style,
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}-span`, text, marks: [] }],
})

/** A reference, keyed when it stands in an array. */
export const reference = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })

/** An article section; `fields` adds a takeaway or anything else. */
export const articleSection = (
  key: string,
  heading: string,
  anchor: string,
  body: unknown[],
  fields: Record<string, unknown> = {},
) => ({ _type: 'section', _key: key, heading, anchor: { _type: 'slug', current: anchor }, body, ...fields })

/** A data table whose first row is its header; rows are keyed row0, row1… as the importer keys them. */
export const dataTable = (key: string, caption: string, rows: string[][]) => ({
  _type: 'dataTable',
  _key: key,
  caption,
  headerRow: true,
  table: {
    _type: 'table',
    rows: rows.map((cells, index) => ({ _type: 'tableRow', _key: `row${index}`, cells })),
  },
})
