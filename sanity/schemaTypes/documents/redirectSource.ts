// Which old addresses a redirect may start from: a path, or one of WordPress's query forms on the root.
import { WORDPRESS_QUERY_KEYS } from '../../../lib/navigation/wordpressQuery'

/** A path on the old site: starts with "/", no spaces, no query, no fragment. */
export const PATH = /^\/[^\s?#]*$/

/** WordPress's root query forms: /?p=123, /?page_id=45, /?cat=7, /?tag=foo, /?author=3, one parameter. */
export const WORDPRESS_QUERY = new RegExp(`^/\\?(${WORDPRESS_QUERY_KEYS.join('|')})=[^\\s&#=?/]+$`)

export function checkRedirectSource(from: string | undefined): true | string {
  if (!from) return true
  if (PATH.test(from) || WORDPRESS_QUERY.test(from)) return true
  return 'A path starting with "/" (for example /2021/06/old-post/), or a WordPress address such as /?p=123, /?page_id=45, /?cat=7, /?tag=news or /?author=3.'
}
