import { codeBlockSchema } from '@/lib/sanity/schemas/richTextBlocks'
import styles from './RichText.module.css'

/**
 * A code block as <pre><code>, with its file name above it when it has one. No highlighting:
 * that would ship a script for a few lines a health blog rarely shows. A long line scrolls in
 * the block, which is focusable so keyboard users can scroll it too.
 */
export function CodeBlock({ value }: { value: unknown }) {
  const parsed = codeBlockSchema.safeParse(value)
  if (!parsed.success || !parsed.data.code) return null
  const { code, filename, language } = parsed.data
  const block = (
    <pre className={styles.code} tabIndex={0}>
      <code {...(language ? { 'data-language': language } : {})}>{code}</code>
    </pre>
  )
  if (!filename) return block
  return (
    <figure className={styles.codeFigure}>
      <figcaption className={styles.codeFilename}>{filename}</figcaption>
      {block}
    </figure>
  )
}
