import type { TopicTakeaway } from '../sanity/queries/topic'

export type TakeawayGroup = { article: TopicTakeaway['article']; takeaways: TopicTakeaway[] }

/**
 * Takeaways under the article each comes from, in the order they arrive (newest article first),
 * so a topic page names each article once instead of after every takeaway.
 */
export function groupTakeawaysByArticle(takeaways: TopicTakeaway[]): TakeawayGroup[] {
  const groups = new Map<string, TakeawayGroup>()
  for (const takeaway of takeaways) {
    const group = groups.get(takeaway.article.slug)
    if (group) group.takeaways.push(takeaway)
    else groups.set(takeaway.article.slug, { article: takeaway.article, takeaways: [takeaway] })
  }
  return [...groups.values()]
}
