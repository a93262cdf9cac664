import { definitionListBlockSchema } from '@/lib/sanity/schemas/richTextBlocks'
import styles from './RichText.module.css'

/** A definition list block as <dl>: each term with its definition. */
export function DefinitionList({ value }: { value: unknown }) {
  const parsed = definitionListBlockSchema.safeParse(value)
  if (!parsed.success) return null
  return (
    <dl className={styles.definitions}>
      {parsed.data.items.map((item) => (
        <div key={item._key}>
          <dt>{item.term}</dt>
          <dd>{item.definition}</dd>
        </div>
      ))}
    </dl>
  )
}
