import { defineQuery } from 'groq'
import { z } from 'zod'
import { sanityFetch } from '../fetch'
import { listedArticleFilter, TOPIC_RELATED_CANDIDATES, topicRelatedCandidates, topicRelatedFilter } from './fragments'

// Which pages show a document, beyond its own, and the slugs of the topic and person pages it
// points to. Article pages show it when they reference it (FAQs, takeaways, topics, people,
// related and linked articles) and, for an article, when it is among their topic-related
// candidates (the article query's own subquery, asked of each article sharing a topic with it:
// `$sharedTopicIds` only narrows the articles asked). `newer` places a listed article in the blog
// index (same filter, same order), so an edit that keeps its place regenerates only its page of it;
// a change of anything but a published article does not count it.
// `$beforeTopicIds` and `$beforePublishedAt` name where the changed article stood before a change
// that moved it in the others' lists (lib/sanity/revalidate/tagsForChange.ts lookupFor): an
// article showed it then if fewer than TOPIC_RELATED_CANDIDATES of its other candidates were
// newer. Those candidates are read now, but only the changed article changed, so they are the
// ones it had; strictly newer undercounts ties, so an article that may have shown it is kept.
// Of the changed article's topics, those on which it can be another article's candidate: an
// article A on topic T has it among its newest TOPIC_RELATED_CANDIDATES only if fewer than that
// many others sharing a topic with A are newer, and every listed article on T newer than it (A
// aside) is one of them. So a topic with more than TOPIC_RELATED_CANDIDATES articles newer than it
// is closed, and its articles need not be asked (the subquery per article is what costs, on a
// topic with thousands). `$publishedAt` null (unknown, or the article is gone) leaves every topic open.
// Counted in a projection, so only the topics asked about are counted (plain groq-js counted for
// every document of the dataset before narrowing to those).
export const openTopicsQuery = defineQuery(`
  *[_type == "topic" && _id in $topicIds]{
    _id,
    "open": count(*[${listedArticleFilter} && _id != $id && references(^._id) && publishedAt > $publishedAt])
      <= ${TOPIC_RELATED_CANDIDATES}
  }[open]._id
`)

// The conditions are worked out in a projection, where `^` is the article asked about (in a
// filter, groq-js's `^` is not the filtered document, and nothing matched).
export const pagesShowingDocumentQuery = defineQuery(`{
  "articles": *[_type == "article" && defined(slug.current) && (
    references($id)
    || count((topics[]._ref)[@ in $sharedTopicIds]) > 0
    || count((topics[]._ref)[@ in $beforeTopicIds]) > 0
  )]{
    "slug": slug.current,
    "shows": references($id)
      || (count((topics[]._ref)[@ in $sharedTopicIds]) > 0 && count((${topicRelatedCandidates})[_id == $id]) > 0)
      || (
        count((topics[]._ref)[@ in $beforeTopicIds]) > 0
        && count(*[${topicRelatedFilter} && _id != $id && publishedAt > $beforePublishedAt]) < ${TOPIC_RELATED_CANDIDATES}
      )
  }[shows].slug,
  "topics": *[_type == "topic" && _id in $topicIds && defined(slug.current)].slug.current,
  "people": *[_type == "person" && _id in $personIds && defined(slug.current)].slug.current,
  "translated": [
    ...(*[_type == "translation.metadata" && references($id)].translations[].value->)[
      _id != $id && _type in ["article", "topic"]
    ]{ _type, "slug": slug.current },
    ...*[(_type == "article" || _type == "topic") && _id in $translationIds]{ _type, "slug": slug.current }
  ],
  "newer": select(
    $publishedAt == null => 0,
    count(*[${listedArticleFilter} && (publishedAt > $publishedAt || (publishedAt == $publishedAt && _id < $id))])
  )
}`)

const slugs = z
  .array(z.string())
  .nullish()
  .transform((list) => list ?? [])

export const pagesShowingDocumentSchema = z.object({
  articles: slugs,
  topics: slugs,
  people: slugs,
  /**
   * The pages of the document's translations (they show its slug in their language links), or for
   * a translation.metadata document, of the documents it links.
   */
  translated: z
    .array(z.object({ _type: z.string(), slug: z.string().nullish() }).nullable())
    .nullish()
    .transform((documents) => {
      const slugsOf = (type: string) =>
        (documents ?? []).flatMap((document) => (document?._type === type && document.slug ? [document.slug] : []))
      return { articles: slugsOf('article'), topics: slugsOf('topic') }
    }),
  /** For a listed article: how many listed articles come before it in the newest-first list (the blog index's order). */
  newer: z.number().int().nonnegative(),
})
export type PagesShowingDocument = z.infer<typeof pagesShowingDocumentSchema>

type Lookup = {
  /** The changed document's published id. */
  id: string
  /** Topics the document points to, before or after the change. */
  topicIds: string[]
  /** People the document points to, before or after the change. */
  personIds: string[]
  /** Documents a translation.metadata document links, before or after the change. Otherwise empty. */
  translationIds: string[]
  /** For an article: its topics, whose other articles may list it as related. Otherwise empty. */
  sharedTopicIds: string[]
  /** For an article: when it is published now (null when not, or unknown). */
  publishedAt: string | null
  /** For an article whose change may have moved it out of others' related lists: its topics before. Otherwise empty. */
  beforeTopicIds: string[]
  /** With beforeTopicIds: its publishedAt before, or null when unknown (then every article on those topics counts). */
  beforePublishedAt: string | null
}

export const openTopicsSchema = z.array(z.string()).nullish()

/** Reads the current published state, uncached, like every read below. */
async function openTopics(id: string, topicIds: string[], publishedAt: string | null): Promise<string[]> {
  if (topicIds.length === 0) return []
  const data = await sanityFetch({
    query: openTopicsQuery,
    params: { id, topicIds, publishedAt },
    tags: [],
    draftable: false,
    fresh: true,
  })
  const parsed = openTopicsSchema.safeParse(data)
  if (!parsed.success) throw new Error(`openTopicsQuery: unexpected result: ${parsed.error.message}`)
  return parsed.data ?? []
}

/** Reads the current published state, uncached: it runs when the webhook reports a change. */
export async function getPagesShowingDocument(lookup: Lookup): Promise<PagesShowingDocument> {
  const { publishedAt } = lookup
  // Only the topics on which the article can be (or could have been) a candidate are asked about.
  const [sharedTopicIds, beforeTopicIds] = await Promise.all([
    openTopics(lookup.id, lookup.sharedTopicIds, publishedAt),
    openTopics(lookup.id, lookup.beforeTopicIds, lookup.beforePublishedAt),
  ])
  const data = await sanityFetch({
    query: pagesShowingDocumentQuery,
    params: { ...lookup, sharedTopicIds, beforeTopicIds },
    tags: [],
    draftable: false,
    fresh: true,
  })
  const parsed = pagesShowingDocumentSchema.safeParse(data)
  if (!parsed.success) throw new Error(`pagesShowingDocumentQuery: unexpected result: ${parsed.error.message}`)
  return parsed.data
}
