// The rule that keeps topic parents a tree: a topic is never its own parent or its own ancestor.
import type { ValidationContext } from 'sanity'

/** Deeper than any real category tree; stops the walk on data that already loops. */
const MAX_DEPTH = 32

const publishedId = (id: string) => id.replace(/^drafts\./, '')

/**
 * Walks up from the chosen parent through the published parents; meeting the topic itself means
 * the choice would make a loop, which the topic page's breadcrumbs could never print.
 */
export async function checkTopicParent(
  parent: { _ref?: string } | undefined,
  context: ValidationContext,
): Promise<true | string> {
  const self = context.document?._id
  if (!parent?._ref || !self) return true
  const own = publishedId(self)
  if (publishedId(parent._ref) === own) return 'A topic cannot be its own parent.'
  const client = context.getClient({ apiVersion: '2025-09-01' })
  let current: string | null = publishedId(parent._ref)
  for (let depth = 0; current && depth < MAX_DEPTH; depth += 1) {
    const next: string | null = await client.fetch('*[_id == $id][0].parent._ref', { id: current })
    if (!next) return true
    if (publishedId(next) === own) return 'This parent is already below this topic: choose a topic higher up.'
    current = publishedId(next)
  }
  return true
}
