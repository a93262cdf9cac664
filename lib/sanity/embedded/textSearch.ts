import { createIndexedSource } from '@/lib/groq-index'
import { DEFAULT_LANGUAGE, IN_LANGUAGE, LANGUAGES, languageParams, type Language } from '@/lib/i18n/languages'
import { listedArticleFilter } from '@/lib/sanity/queries/fragments'
import { SCORED_FIELDS, searchableText, searchHitFields } from '@/lib/sanity/queries/searchFields'
import { groqTotalCompare } from './groqOrder'
import { matchPatterns, matchTokens, patternScore, textParts } from './groqText'
import type { SanityDocument } from './publishedView'

/**
 * The parameters of the site's search query (lib/sanity/queries/search.ts): its terms, how many
 * results, and the language searched (languageParams; English when absent).
 */
export type TextSearchParams = { terms: string[]; limit: number; language?: Language; unlabelled?: Language | null }
/** What the search query answers: how many articles match, and the best `limit` of them. */
export type TextSearchAnswer = { total: number; results: unknown[] }

// Every listed article's text, read once with the very GROQ the search query matches and scores
// on, so the index holds exactly the strings groq-js would look at. One index per language, read
// with the query's own language condition: a search never sees another edition's articles.
const articleTextQuery = /* groq */ `*[${listedArticleFilter} && ${IN_LANGUAGE}]{
  "document": @,
  "text": ${searchableText},
  "fields": [${SCORED_FIELDS.map(({ path }) => path).join(', ')}]
}`
// The results' projection, run on the (at most `limit`) best articles only.
const hitsQuery = /* groq */ `$articles[]{ ${searchHitFields} }`

type ArticleText = { document: SanityDocument; text: unknown; fields: unknown[] }

/**
 * Inverted indexes over the words of every listed article, in dataset order. Distinct words are
 * numbered once (`words`); a search tests its patterns against those, never against the text.
 */
type TextIndex = {
  articles: SanityDocument[]
  words: string[]
  /** Per word: the articles whose searchable text holds it (what the `match` filter reads). */
  inText: number[][]
  /** Per word: [article, field, count] triples, field numbered as SCORED_FIELDS (what score() reads). */
  inFields: number[][]
}

function buildIndex(rows: ArticleText[]): TextIndex {
  const wordIds = new Map<string, number>()
  const index: TextIndex = { articles: [], words: [], inText: [], inFields: [] }
  // Per word: the last article (or article and field) it was counted for, and its count there.
  // Plain arrays indexed by word id, not a Map or Set per article: this runs once per word of
  // every article, millions of times for a large dataset.
  const lastTextArticle: number[] = []
  const lastFieldSlot: number[] = []
  const fieldCount: number[] = []
  const wordId = (word: string): number => {
    let id = wordIds.get(word)
    if (id === undefined) {
      id = index.words.length
      wordIds.set(word, id)
      index.words.push(word)
      index.inText.push([])
      index.inFields.push([])
      lastTextArticle.push(-1)
      lastFieldSlot.push(-1)
      fieldCount.push(0)
    }
    return id
  }
  rows.forEach((row, article) => {
    index.articles.push(row.document)
    // The searchable text repeats most fields' strings (title, intro, body…): each is read once.
    const read = new Map<string, number[]>()
    const wordsOf = (part: string): number[] => {
      let words = read.get(part)
      if (!words) read.set(part, (words = matchTokens(part).map(wordId)))
      return words
    }
    row.fields.forEach((value, field) => {
      const slot = article * SCORED_FIELDS.length + field
      const found: number[] = []
      for (const part of textParts(value).parts)
        for (const id of wordsOf(part)) {
          if (lastFieldSlot[id] !== slot) {
            lastFieldSlot[id] = slot
            fieldCount[id] = 0
            found.push(id)
          }
          fieldCount[id]!++
        }
      for (const id of found) index.inFields[id]!.push(article, field, fieldCount[id]!)
    })
    for (const part of textParts(row.text).parts)
      for (const id of wordsOf(part))
        if (lastTextArticle[id] !== article) {
          lastTextArticle[id] = article
          index.inText[id]!.push(article)
        }
  })
  return index
}

// One index per loaded dataset and language, built on the first search in that language: the
// documents never change once loaded.
const indexes = new WeakMap<readonly SanityDocument[], Map<Language, Promise<TextIndex>>>()

function textIndexFor(documents: readonly SanityDocument[], language: Language): Promise<TextIndex> {
  let byLanguage = indexes.get(documents)
  if (!byLanguage) indexes.set(documents, (byLanguage = new Map()))
  let index = byLanguage.get(language)
  if (!index) {
    index = createIndexedSource(documents)
      .fetch(articleTextQuery, languageParams(language))
      .then((rows) => buildIndex(rows as ArticleText[]))
    byLanguage.set(language, index)
    // A failed build is not kept: the next search tries again.
    const built = byLanguage
    index.catch(() => built.delete(language))
  }
  return index
}

/**
 * Builds every language's index ahead of the first search (instrumentation.ts calls it when a
 * server starts): at 10,000 articles a build takes seconds, which the first visitor to search
 * would otherwise wait.
 */
export async function prepareTextIndex(documents: readonly SanityDocument[]): Promise<void> {
  await Promise.all(LANGUAGES.map((language) => textIndexFor(documents, language)))
}

/** The ids of the words a pattern matches, found in the vocabulary rather than in the text. */
function wordsMatching(index: TextIndex, pattern: RegExp): number[] {
  const ids: number[] = []
  index.words.forEach((word, id) => {
    if (pattern.test(word)) ids.push(id)
  })
  return ids
}

/** Each article's score as score() computes it for the site's query (meaningful for matches only). */
function scoreArticles(index: TextIndex, patternWords: number[][], isMatch: Uint8Array): Float64Array {
  const fieldCount = SCORED_FIELDS.length
  const articleCount = index.articles.length
  const fieldScores = new Float64Array(articleCount * fieldCount)
  const frequency = new Float64Array(articleCount * fieldCount)
  for (const words of patternWords) {
    // This pattern's frequency per article and field, then added to that field's score, in
    // pattern order: floating-point sums must be made in groq-js's order to rank ties alike.
    frequency.fill(0)
    for (const id of words) {
      const triples = index.inFields[id]!
      for (let at = 0; at < triples.length; at += 3) {
        const article = triples[at]!
        if (isMatch[article]) frequency[article * fieldCount + triples[at + 1]!]! += triples[at + 2]!
      }
    }
    frequency.forEach((count, slot) => {
      if (count > 0) fieldScores[slot]! += patternScore(count)
    })
  }
  const totals = new Float64Array(articleCount)
  isMatch.forEach((match, article) => {
    if (!match) return
    const base = index.articles[article]!._score
    let total = typeof base === 'number' ? base : 0
    for (let field = 0; field < fieldCount; field++) {
      const score = fieldScores[article * fieldCount + field]!
      const boost = SCORED_FIELDS[field]!.boost
      total += boost === undefined ? score : score > 0 ? score + boost : 0
    }
    totals[article] = total
  })
  return totals
}

/** The `limit` best matches in the query's order: score, then newest, then id, then dataset order. */
function rank(index: TextIndex, matches: number[], scores: Float64Array, limit: number): number[] {
  // Only articles scoring at least the limit-th best score can be among the first `limit`.
  const byScore = Float64Array.from(matches, (article) => scores[article]!).sort()
  const threshold = limit === 0 || limit >= matches.length ? -Infinity : byScore[matches.length - limit]!
  return matches
    .filter((article) => scores[article]! >= threshold)
    .sort(
      (a, b) =>
        scores[b]! - scores[a]! ||
        groqTotalCompare(index.articles[b]!.publishedAt, index.articles[a]!.publishedAt) ||
        groqTotalCompare(index.articles[a]!._id, index.articles[b]!._id) ||
        a - b,
    )
    .slice(0, limit)
}

/**
 * The site's search query (lib/sanity/queries/search.ts) answered from a text index built once
 * per loaded dataset and language: the same articles, in the same order, with the same projection as groq-js
 * evaluating the query (tests/lib/sanity/embedded/textSearch.test.ts), without re-reading every
 * article's text on each search.
 */
export async function searchDocuments(
  documents: readonly SanityDocument[],
  { terms, limit, language = DEFAULT_LANGUAGE }: TextSearchParams,
): Promise<TextSearchAnswer> {
  if (!Number.isInteger(limit) || limit < 0) throw new TypeError(`search limit must be a whole number, not ${limit}`)
  const index = await textIndexFor(documents, language)
  const { parts, complete } = textParts(terms)
  const patterns = parts.flatMap(matchPatterns)
  if (!complete || patterns.length === 0) return { total: 0, results: [] }

  // `text match $terms`: every pattern matches some word of the article's searchable text.
  const patternWords = patterns.map((pattern) => wordsMatching(index, pattern))
  const found = new Uint16Array(index.articles.length)
  for (const words of patternWords) {
    const seen = new Uint8Array(index.articles.length)
    for (const id of words) for (const article of index.inText[id]!) seen[article] = 1
    seen.forEach((hit, article) => {
      found[article]! += hit
    })
  }
  const isMatch = found.map((count) => (count === patterns.length ? 1 : 0))
  const matches: number[] = []
  isMatch.forEach((match, article) => {
    if (match) matches.push(article)
  })

  // score(...) | order(_score desc, publishedAt desc, _id asc)[0...limit]
  const best = rank(index, matches, scoreArticles(index, patternWords, new Uint8Array(isMatch)), limit).map(
    (article) => index.articles[article]!,
  )
  const results = best.length === 0 ? [] : await createIndexedSource(documents).fetch(hitsQuery, { articles: best })
  return { total: matches.length, results: results as unknown[] }
}
