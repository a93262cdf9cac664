import 'server-only'
import { draftMode } from 'next/headers'
import { isSanityMode } from '@/sanity/env'
import { getSanityClient } from './client'
import { queryEmbedded, type QueryParams } from './embedded/query'
import { readToken } from './token'

type FetchOptions = {
  query: string
  params?: QueryParams
  /** Cache tags, from ./tags, that the revalidation webhook invalidates. */
  tags: string[]
  /** Queries run outside a request (generateStaticParams, sitemap) must not ask for draft mode. */
  draftable?: boolean
}

async function isDraftRequest(draftable: boolean): Promise<boolean> {
  if (!draftable || !isSanityMode) return false
  return (await draftMode()).isEnabled
}

/**
 * The one way pages read content. Embedded mode evaluates the query over the bundled dataset;
 * Sanity mode asks the Content Lake (published perspective from the CDN, or drafts with the
 * token in draft mode). The result is unvalidated: callers parse it with the query's zod schema.
 */
export async function sanityFetch({ query, params = {}, tags, draftable = true }: FetchOptions): Promise<unknown> {
  if (!isSanityMode) return queryEmbedded(query, params)
  const client = getSanityClient()
  if (await isDraftRequest(draftable)) {
    if (!readToken) throw new Error('Draft mode needs SANITY_API_READ_TOKEN')
    return client.fetch(query, params, {
      perspective: 'drafts',
      token: readToken,
      useCdn: false,
      stega: false,
      cache: 'no-store',
    })
  }
  return client.fetch(query, params, { next: { tags, revalidate: false } })
}
