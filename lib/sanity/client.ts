import { createClient, type SanityClient } from 'next-sanity'
import { apiVersion, dataset, projectId } from '@/sanity/env'
import { CONTENT_LAKE_RETRIES } from './contentLakeLimits'
import { serverEnv } from './serverEnv'

// SANITY_API_HOST points the client at another Content Lake endpoint; the tests use it to talk
// to a local server that speaks the same HTTP API.
const apiHost = serverEnv.SANITY_API_HOST

let client: SanityClient | undefined

/** The Content Lake client; only called in Sanity mode, when a project id is configured. */
export function getSanityClient(): SanityClient {
  if (!projectId) throw new Error('getSanityClient() needs NEXT_PUBLIC_SANITY_PROJECT_ID')
  client ??= createClient({
    projectId,
    dataset,
    apiVersion,
    // The CDN serves published content; a local test server has none.
    useCdn: !apiHost,
    perspective: 'published',
    stega: false,
    maxRetries: CONTENT_LAKE_RETRIES,
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
  return client
}
