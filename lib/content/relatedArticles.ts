import type { ArticleCard } from '../sanity/schemas/common'

export const RELATED_LIMIT = 3

/**
 * Manual picks first, then articles sharing a topic (already newest first from the query),
 * never the article itself, never twice, at most three.
 */
export function pickRelated(selfId: string, manual: ArticleCard[], byTopic: ArticleCard[]): ArticleCard[] {
  const seen = new Set([selfId])
  const picked: ArticleCard[] = []
  for (const card of [...manual, ...byTopic]) {
    if (seen.has(card._id)) continue
    seen.add(card._id)
    picked.push(card)
    if (picked.length === RELATED_LIMIT) break
  }
  return picked
}
