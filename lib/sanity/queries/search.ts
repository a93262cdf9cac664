import { defineQuery } from 'groq'
import { z } from 'zod'
import { isSanityMode } from '@/sanity/env'
import { sanityFetch } from '../fetch'
import { tags } from '../tags'
import { compactList, topicRefSchema } from '../schemas/common'
import { rawList } from '../schemas/rawList'
import { parseDocument, parseList } from '../validate'
import { listedArticleFilter } from './fragments'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, languageParams, type Language } from '../../i18n/languages'
import { scoreArguments, searchableText, searchHitFields, searchOrder } from './searchFields'

/** Most results one search shows, best first. */
export const SEARCH_RESULT_LIMIT = 20

// A search reads one edition: a Spanish reader's search lists Spanish articles only.
const matchingArticles = /* groq */ `*[${listedArticleFilter} && ${IN_LANGUAGE} && ${searchableText} match $terms]`

// $terms is always a parameter: what a reader types never becomes part of the query text. This
// is the Content Lake's own text search (`match` over a projection of the article's text, ranked
// by score()); embedded mode answers the same query from a precomputed index instead.
export const searchQuery = defineQuery(`{
  "total": count(${matchingArticles}),
  "results": ${matchingArticles} | score(${scoreArguments}) | ${searchOrder}[0...$limit]{${searchHitFields}}
}`)

const text = z.string().nullish()

export const searchHitSchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  excerpt: text,
  publishedAt: z.string(),
  topics: compactList(topicRefSchema),
  intro: text,
  sections: compactList(z.object({ heading: text, anchor: text, body: text, takeaway: text })),
  faqs: compactList(z.object({ question: text, answer: text })),
  conclusion: text,
})
export type SearchHit = z.infer<typeof searchHitSchema>

export const searchSchema = z.object({ total: z.number().int().nonnegative(), results: rawList })

// A search costs work in proportion to its terms: at most this many are searched, each at most
// this long (a prefix still finds what the whole word would), whatever the caller passes.
export const MAX_SEARCH_TERMS = 8
export const MAX_SEARCH_TERM_LENGTH = 40

/** The terms a search runs with: the first MAX_SEARCH_TERMS, each cut to MAX_SEARCH_TERM_LENGTH characters. */
export function boundedSearchTerms(terms: readonly string[]): string[] {
  return terms.slice(0, MAX_SEARCH_TERMS).map((term) => {
    const characters = Array.from(term)
    if (characters.length <= MAX_SEARCH_TERM_LENGTH) return term
    const wildcard = term.endsWith('*') ? '*' : ''
    return characters.slice(0, MAX_SEARCH_TERM_LENGTH - wildcard.length).join('') + wildcard
  })
}

/**
 * The best SEARCH_RESULT_LIMIT articles in `language` matching every term, and how many match in all. One
 * getter for both modes: Sanity mode sends searchQuery to the Content Lake; embedded mode
 * answers the same query from a text index built once per process (lib/sanity/embedded/search.ts),
 * with the same articles in the same order.
 */
export async function searchArticles(
  terms: string[],
  language: Language = DEFAULT_LANGUAGE,
): Promise<{ total: number; hits: SearchHit[] }> {
  const bounded = boundedSearchTerms(terms)
  if (bounded.length === 0) return { total: 0, hits: [] }
  const params = { terms: bounded, limit: SEARCH_RESULT_LIMIT, ...languageParams(language) }
  const data = isSanityMode
    ? await sanityFetch({ query: searchQuery, params, tags: [tags.articleList, tags.faqPage], perVisitor: true })
    : // Imported here: it loads the bundled dataset, which Sanity mode never needs.
      await (await import('../embedded/search')).searchEmbedded(searchQuery, params)
  const parsed = parseDocument(searchSchema, data, 'searchQuery')
  return { total: parsed?.total ?? 0, hits: parseList(searchHitSchema, parsed?.results, 'searchQuery') }
}
