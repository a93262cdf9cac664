import { DEFAULT_LANGUAGE, type Language } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { dataTableBlockSchema } from '@/lib/sanity/schemas/richTextBlocks'
import styles from './RichText.module.css'

/**
 * A table block as a real <table>: column headers when the first row names the columns, the
 * caption as <caption>. A wide table scrolls sideways inside its own box on a phone; the box is
 * a labelled, focusable region so keyboard users can scroll it too.
 */
export function DataTable({ value, language = DEFAULT_LANGUAGE }: { value: unknown; language?: Language }) {
  const parsed = dataTableBlockSchema.safeParse(value)
  if (!parsed.success || parsed.data.table.rows.length === 0) return null
  const { _key, caption, headerRow, table } = parsed.data
  const [first, ...rest] = table.rows
  const header = headerRow ? first : undefined
  const body = headerRow ? rest : table.rows
  const captionId = `table-caption-${_key}`
  return (
    <div
      className={styles.tableScroll}
      role="region"
      tabIndex={0}
      {...(caption ? { 'aria-labelledby': captionId } : { 'aria-label': messages(language).portableText.table })}
    >
      <table className={styles.table}>
        {caption ? <caption id={captionId}>{caption}</caption> : null}
        {header ? (
          <thead>
            <tr>
              {header.cells.map((cell, index) => (
                <th key={index} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {body.map((row) => (
            <tr key={row._key}>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
