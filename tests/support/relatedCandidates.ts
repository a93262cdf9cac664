// The related-article candidates of every article, computed by brute force in plain TypeScript
// (no GROQ), to check the webhook's lookup against: what the article query's topicRelated reads,
// the newest TOPIC_RELATED_CANDIDATES listed articles sharing a topic with it, itself excluded.

type Doc = { _id: string; _type: string; [field: string]: unknown }

const refs = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item: { _ref?: unknown } | null) => String(item?._ref ?? '')) : []
const slugOf = (doc: Doc) => (doc.slug as { current?: string } | undefined)?.current

function listed(doc: Doc, byId: Map<string, Doc>): boolean {
  const author = byId.get(String((doc.author as { _ref?: string } | undefined)?._ref))
  return (
    doc._type === 'article' &&
    Boolean(slugOf(doc)) &&
    typeof doc.publishedAt === 'string' &&
    typeof doc.title === 'string' &&
    doc.title !== '' &&
    Boolean(author?.name) &&
    Boolean(slugOf(author ?? { _id: '', _type: '' }))
  )
}

/** For each article with a slug, the ids of its topic-related candidates, newest first. */
export function topicRelatedCandidates(documents: Doc[], limit = 4): Map<string, string[]> {
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const articles = documents.filter((doc) => doc._type === 'article' && slugOf(doc))
  const reachable = articles
    .filter((doc) => listed(doc, byId))
    .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
  const byTopic = new Map<string, Doc[]>()
  for (const doc of reachable)
    for (const topic of refs(doc.topics)) byTopic.set(topic, [...(byTopic.get(topic) ?? []), doc])
  const result = new Map<string, string[]>()
  for (const article of articles) {
    const sharing = new Set(refs(article.topics).flatMap((topic) => byTopic.get(topic) ?? []))
    const candidates = reachable.filter((doc) => doc !== article && sharing.has(doc)).slice(0, limit)
    result.set(
      article._id,
      candidates.map((doc) => doc._id),
    )
  }
  return result
}

/** Slugs of the articles whose candidates include `id` in this content. */
export function articlesShowingAsRelated(documents: Doc[], id: string): string[] {
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  return [...topicRelatedCandidates(documents)]
    .filter(([, candidates]) => candidates.includes(id))
    .map(([articleId]) => slugOf(byId.get(articleId) as Doc) as string)
    .sort()
}
