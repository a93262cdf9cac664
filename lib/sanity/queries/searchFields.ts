import { topicRefFields } from './fragments'

// What search reads, defined once: the GROQ search query is written from these, and so is the
// embedded source's precomputed text index (lib/sanity/embedded/textSearch.ts), which must rank
// exactly as that query does. Plain strings only: the index loads this outside a Next server.

// Everything a reader can search, as one list of strings, so the words of a search may be
// spread over different parts of an article. A missing part becomes "" rather than null:
// array::join gives null for a list holding a null, and a null here would hide the rest.
export const searchableText = /* groq */ `[
  title,
  coalesce(excerpt, ""),
  coalesce(pt::text(intro), ""),
  coalesce(array::join(array::compact(sections[].heading), " "), ""),
  coalesce(pt::text(sections[].body[]), ""),
  coalesce(array::join(array::compact(sections[].takeaway->text), " "), ""),
  coalesce(array::join(array::compact(faqs[]->question), " "), ""),
  coalesce(pt::text(faqs[]->answer[]), ""),
  coalesce(pt::text(conclusion), "")
]`

/** One part of an article that score() weighs; `boost` is added when the part matches at all. */
export type ScoredField = { path: string; boost?: number }

// A match in the title ranks above one in a summary, and those above one in the body.
export const SCORED_FIELDS: readonly ScoredField[] = [
  { path: 'title', boost: 5 },
  { path: 'excerpt', boost: 3 },
  { path: 'sections[].heading', boost: 2 },
  { path: 'sections[].takeaway->text', boost: 2 },
  { path: 'faqs[]->question', boost: 2 },
  { path: 'pt::text(intro)' },
  { path: 'pt::text(sections[].body[])' },
  { path: 'pt::text(faqs[]->answer[])' },
  { path: 'pt::text(conclusion)' },
]

// The arguments of `score(...)`, in SCORED_FIELDS order (the order score() adds them in).
// Written out, not built from SCORED_FIELDS, so that Sanity's typegen can read the query (its
// layout is the query's, so sanity.types.ts keeps matching the query text);
// tests/lib/sanity/embedded/textSearch.test.ts checks the two agree.
export const scoreArguments = /* groq */ `
    boost(title match $terms, 5),
    boost(excerpt match $terms, 3),
    boost(sections[].heading match $terms, 2),
    boost(sections[].takeaway->text match $terms, 2),
    boost(faqs[]->question match $terms, 2),
    pt::text(intro) match $terms,
    pt::text(sections[].body[]) match $terms,
    pt::text(faqs[]->answer[]) match $terms,
    pt::text(conclusion) match $terms
  `

/** The order results are shown in, after score() has set `_score`. */
export const searchOrder = /* groq */ `order(_score desc, publishedAt desc, _id asc)`

/** What one result carries: enough to show the card and the matched passage. */
export const searchHitFields = /* groq */ `
    _id,
    title,
    "slug": slug.current,
    excerpt,
    publishedAt,
    "topics": topics[]->{ ${topicRefFields} },
    "intro": pt::text(intro),
    "sections": sections[]{ heading, "anchor": anchor.current, "body": pt::text(body), "takeaway": takeaway->text },
    "faqs": faqs[]->{ question, "answer": pt::text(answer) },
    "conclusion": pt::text(conclusion)
  `
