/** The query parameters by which WordPress addresses a post, page, category, tag or author on the root. */
export const WORDPRESS_QUERY_KEYS = ['p', 'page_id', 'cat', 'tag', 'author'] as const

/**
 * The redirect source a WordPress query address on the root stands for: /?p=123 (a post by id),
 * /?page_id=45, /?cat=7, /?tag=news, /?author=3, exactly as redirect documents store it. Null for
 * any other query (the home page ignores it). With several of them, the first in that order
 * wins, as WordPress itself resolves a post id before an archive.
 */
export function wordpressQuerySource(searchParams: URLSearchParams): string | null {
  for (const key of WORDPRESS_QUERY_KEYS) {
    const value = searchParams.get(key)?.trim()
    if (value && !/[\s/?#&=]/.test(value)) return `/?${key}=${value}`
  }
  return null
}

/**
 * The path the proxy rewrites a WordPress query address to: one segment holding "?p=123",
 * percent-encoded, which the catch-all route decodes back to "/?p=123" and looks up like any old
 * path. A real path can never hold a "?", so no page is shadowed.
 */
export function wordpressQueryRewritePath(source: string): string {
  return `/${encodeURIComponent(source.slice(1))}`
}
