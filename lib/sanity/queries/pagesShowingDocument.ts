import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'

// Which pages show a document, beyond its own: the articles that reference it (FAQs, takeaways,
// topics, people, related and linked articles) or, for an article, share a topic with it (they
// list it as related), and the slugs of the topic and person pages it points to.
export const pagesShowingDocumentQuery = defineQuery(`{
  "articles": *[_type == "article" && defined(slug.current) && (
    references($id) || count((topics[]._ref)[@ in $sharedTopicIds]) > 0
  )].slug.current,
  "topics": *[_type == "topic" && _id in $topicIds && defined(slug.current)].slug.current,
  "people": *[_type == "person" && _id in $personIds && defined(slug.current)].slug.current
}`)

const slugs = z
  .array(z.string())
  .nullish()
  .transform((list) => list ?? [])

export const pagesShowingDocumentSchema = z.object({ articles: slugs, topics: slugs, people: slugs })
export type PagesShowingDocument = z.infer<typeof pagesShowingDocumentSchema>

type Lookup = {
  /** The changed document's published id. */
  id: string
  /** Topics the document points to, before or after the change. */
  topicIds: string[]
  /** People the document points to, before or after the change. */
  personIds: string[]
  /** For an article: its topics, whose other articles list it as related. Otherwise empty. */
  sharedTopicIds: string[]
}

/** Reads the current published state, uncached: it runs when the webhook reports a change. */
export async function getPagesShowingDocument(lookup: Lookup): Promise<PagesShowingDocument> {
  const data = await sanityFetch({
    query: pagesShowingDocumentQuery,
    params: lookup,
    tags: [],
    draftable: false,
    fresh: true,
  })
  const parsed = pagesShowingDocumentSchema.safeParse(data)
  if (!parsed.success) throw new Error(`pagesShowingDocumentQuery: unexpected result: ${parsed.error.message}`)
  return parsed.data
}
