import 'server-only'
import { isSanityMode } from '@/sanity/env'
import { getSanityClient } from './client'
import { queryEmbedded, type QueryParams } from './embedded/query'
import { isPreviewing } from './isPreviewing'
import { stegaFilter } from './stegaFilter'
import { readToken } from './token'

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
}

/**
 * The one way pages read content. Embedded mode evaluates the query over the bundled dataset;
 * Sanity mode asks the Content Lake (published perspective from the CDN, or drafts with the
 * token in draft mode). The result is unvalidated: callers parse it with the query's zod schema.
 */
export async function sanityFetch({ query, params = {}, tags, draftable = true, fresh = false }: FetchOptions): Promise<unknown> {
  if (!isSanityMode) return queryEmbedded(query, params)
  const client = getSanityClient()
  if (fresh) return client.fetch(query, params, { useCdn: false, cache: 'no-store' })
  if (draftable && (await isPreviewing())) {
    if (!readToken) throw new Error('Draft mode needs SANITY_API_READ_TOKEN')
    // Never cached: an editor must see the draft they just saved. Stega marks let the
    // Presentation tool's overlays link each text back to its field.
    return client.fetch(query, params, {
      perspective: 'drafts',
      token: readToken,
      useCdn: false,
      cache: 'no-store',
      resultSourceMap: 'withKeyArraySelector',
      stega: { enabled: true, studioUrl: '/studio', filter: stegaFilter },
    })
  }
  return client.fetch(query, params, { next: { tags, revalidate: false } })
}
