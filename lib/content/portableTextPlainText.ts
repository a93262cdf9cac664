import { toPlainText } from '@portabletext/react'
import type { PortableTextValue } from '../sanity/schemas/common'

type TextBlock = Parameters<typeof toPlainText>[0]

/** The readable text of rich text, for word counts, search snippets and descriptions. */
export function plainText(blocks: PortableTextValue | null | undefined): string {
  // toPlainText ignores non-text blocks such as images, which is what every caller wants.
  return toPlainText((blocks ?? []) as TextBlock)
}
