import { unstable_rethrow } from 'next/navigation'
import { isSanityMode } from '@/sanity/env'
import { getSanityClient } from './client'
import { CONTENT_LAKE_TIMEOUT_MS } from './contentLakeLimits'
import { ContentUnavailableError } from './contentUnavailable'
import { queryEmbedded, type QueryParams } from './embedded/query'
import { isPreviewing } from './isPreviewing'
import { stegaFilter } from './stegaFilter'
import { readToken } from './token'

/**
 * How long the App Router's data cache keeps a read. The publish webhook regenerates pages by path
 * (the only way to reach the Pages Router's reading pages), which rereads their data; the App
 * Router's dynamic pages (search, old addresses, the 404 page) have no path to regenerate, so
 * what they read from this cache (the settings in their chrome) is at most this old.
 */
const APP_DATA_MAX_AGE_SECONDS = 300

type FetchOptions = {
  query: string
  params?: QueryParams
  /** Cache tags, from ./tags, that the revalidation webhook invalidates. */
  tags: string[]
  /** Queries run outside a request (generateStaticParams, sitemap) must not ask for draft mode. */
  draftable?: boolean
  /**
   * Bypass every cache and read what is published right now. For the webhook, which must see the
   * change it was told about, not the cached state it is about to invalidate.
   */
  fresh?: boolean
  /**
   * Never kept in Next's data cache (the tags still describe what the read shows). For reads keyed
   * by what a visitor sends (search terms, old paths): each distinct value would otherwise become
   * one more cache entry, so visitors could grow the cache without bound. Also for reads whose
   * caller keeps the result itself, for a time the data cache would not respect.
   */
  perVisitor?: boolean
}

/**
 * Runs one Content Lake request, retries included, within CONTENT_LAKE_TIMEOUT_MS (the client's
 * own timeout does not apply to the fetch() Next caches through, an abort signal does). A
 * failure (timeout, 5xx, malformed JSON, network) becomes a ContentUnavailableError naming the
 * query; Next's own control-flow errors pass through.
 */
async function fromContentLake(
  request: (signal: AbortSignal) => Promise<unknown>,
  { query, params = {}, tags }: FetchOptions,
): Promise<unknown> {
  try {
    return await request(AbortSignal.timeout(CONTENT_LAKE_TIMEOUT_MS))
  } catch (error) {
    unstable_rethrow(error)
    throw new ContentUnavailableError(query, params, tags, error)
  }
}

/**
 * The one way pages read content. Embedded mode evaluates the query over the bundled dataset;
 * Sanity mode asks the Content Lake (published perspective from the CDN, or drafts with the
 * token in draft mode). The result is unvalidated: callers parse it with the query's zod schema.
 */
export async function sanityFetch(options: FetchOptions): Promise<unknown> {
  const { query, params = {}, tags, draftable = true, fresh = false, perVisitor = false } = options
  if (!isSanityMode) return queryEmbedded(query, params)
  const client = getSanityClient()
  if (fresh)
    return fromContentLake(
      (signal) => client.fetch(query, params, { useCdn: false, cache: 'no-store', signal }),
      options,
    )
  if (draftable && (await isPreviewing())) {
    if (!readToken) throw new Error('Draft mode needs SANITY_API_READ_TOKEN')
    // Never cached: an editor must see the draft they just saved. Stega marks let the
    // Presentation tool's overlays link each text back to its field.
    const draft = (signal: AbortSignal) =>
      client.fetch(query, params, {
        perspective: 'drafts',
        token: readToken,
        useCdn: false,
        cache: 'no-store',
        resultSourceMap: 'withKeyArraySelector',
        stega: { enabled: true, studioUrl: '/studio', filter: stegaFilter },
        signal,
      })
    return fromContentLake(draft, options)
  }
  if (perVisitor)
    return fromContentLake((signal) => client.fetch(query, params, { cache: 'no-store', signal }), options)
  return fromContentLake(
    (signal) => client.fetch(query, params, { next: { tags, revalidate: APP_DATA_MAX_AGE_SECONDS }, signal }),
    options,
  )
}
