import { parse, type ExprNode } from 'groq-js'
import { preparedQuery } from '@/lib/groq-index/preparedQuery'
import { rewriteQuery } from '@/lib/groq-index/rewriteQuery'
import { articleQuery } from '@/lib/sanity/queries/article'
import { articleIndexQuery } from '@/lib/sanity/queries/articleIndex'
import { topicQuery } from '@/lib/sanity/queries/topic'

// The equality tests prove the indexes change no result; these prove they are used where the
// cost is: without them a regression to full scans would pass every other test.

/** The lookups the rewritten query makes, as the plans their keys carry. */
function lookups(tree: ExprNode): { mode: string; limit?: { count: number } }[] {
  const found: { mode: string; limit?: { count: number } }[] = []
  JSON.stringify(tree, (_key, value: unknown) => {
    if (typeof value === 'string' && value.startsWith('\u0000groq-index:'))
      found.push(JSON.parse(value.slice(value.indexOf('{'))))
    return value
  })
  return found
}

describe('query plans', () => {
  it('answers the article and its related articles from the indexes, related pruned to the four shown', () => {
    const plans = lookups(rewriteQuery(parse(articleQuery, { params: { slug: 'x' } })))
    expect(plans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ mode: 'exact', limit: expect.objectContaining({ count: 1 }) }),
        expect.objectContaining({ mode: 'exact', limit: expect.objectContaining({ count: 4 }) }),
      ]),
    )
  })

  it('counts and pages the blog index from the indexes, sorting only what the page can show', () => {
    const plans = lookups(rewriteQuery(parse(articleIndexQuery, { params: { start: 20, end: 30 } })))
    expect(plans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ mode: 'exact', limit: expect.objectContaining({ count: 30 }) }),
        expect.objectContaining({ mode: 'exact' }),
      ]),
    )
  })

  it('narrows every list of a topic page', () => {
    const plans = lookups(rewriteQuery(parse(topicQuery, { params: { slug: 'x' } })))
    // topic, its articles, takeaways, each takeaway's article, FAQs and each FAQ's articles
    expect(plans.length).toBeGreaterThanOrEqual(6)
  })

  it('parses and plans a query once when its shape does not depend on its parameters', () => {
    const cache = new Map<string, ExprNode | null>()
    const prepare = jest.fn(rewriteQuery)
    preparedQuery(articleQuery, { slug: 'a' }, prepare, cache)
    preparedQuery(articleQuery, { slug: 'b' }, prepare, cache)
    expect(prepare).toHaveBeenCalledTimes(1)
    expect(JSON.stringify(cache.get(articleQuery))).toContain('"type":"Parameter","name":"slug"')
  })

  it('parses on every call a query whose shape the parameters decide (slice bounds, subscripts)', () => {
    const cache = new Map<string, ExprNode | null>()
    const prepare = jest.fn(rewriteQuery)
    preparedQuery(articleIndexQuery, { start: 0, end: 10 }, prepare, cache)
    preparedQuery(articleIndexQuery, { start: 10, end: 20 }, prepare, cache)
    expect(prepare).toHaveBeenCalledTimes(2)
    for (const query of ['*[_type == "a"][$i]', '*[_type == "a"][-$i]', '*[_type == "a"]{ "v": @[$name] }']) {
      preparedQuery(query, { i: 0, name: 'title' }, rewriteQuery, cache)
      expect(cache.get(query)).toBeNull()
    }
  })
})
