// A table of facts (doses, prices, opening times) shown as a real, accessible table.
import { ThListIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

type TableValue = { rows?: { cells?: string[] }[] }

export const dataTable = defineType({
  name: 'dataTable',
  title: 'Table',
  type: 'object',
  icon: ThListIcon,
  fields: [
    defineField({
      name: 'caption',
      title: 'Caption',
      description: 'What the table shows, in a few words (read out first by screen readers).',
      type: 'string',
    }),
    defineField({
      name: 'headerRow',
      title: 'First row is the header',
      description: 'Turn on when the first row names the columns.',
      type: 'boolean',
      initialValue: true,
    }),
    defineField({
      name: 'table',
      title: 'Cells',
      type: 'table',
      validation: (rule) =>
        rule.required().custom((value) => {
          const rows = (value as TableValue | undefined)?.rows ?? []
          if (rows.length === 0) return 'Add at least one row.'
          return true
        }),
    }),
  ],
  preview: {
    select: { caption: 'caption', rows: 'table.rows' },
    prepare: ({ caption, rows }) => {
      const count = Array.isArray(rows) ? rows.length : 0
      return { title: caption || 'Table', subtitle: `${count} row${count === 1 ? '' : 's'}` }
    },
  },
})
