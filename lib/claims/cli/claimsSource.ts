import { createClient } from '@sanity/client'
import { z } from 'zod'
import { readDatasetDocuments } from '../../dataset/bundledDataset'
import { checkEnv } from '../../env/parseEnv'
import { sanityEnvSchema } from '../../env/sanityEnv'
import { apiHostSchema, tokenSchema } from '../../env/sanityServerEnv'
import type { ArticleToCheck } from '../claimsReport'
import { articlesFromDocuments, articlesFromQuery, CLAIM_ARTICLES_QUERY } from './claimArticles'

// Node-only: where `npm run check:claims` reads the articles. The same switch as the site's: a
// project id means the Content Lake, none means the bundled dataset.

const claimsEnvSchema = sanityEnvSchema.extend({
  SANITY_API_READ_TOKEN: tokenSchema.optional(),
  SANITY_API_HOST: apiHostSchema.optional(),
})

export type ClaimsSource = { label: string; load: () => Promise<ArticleToCheck[]> }

/** The configured source, or every problem with the environment. */
export function claimsSource(env: Record<string, string | undefined>): ClaimsSource | { problem: string } {
  const checked = checkEnv(claimsEnvSchema, env)
  if ('problems' in checked) return { problem: checked.problems.join('\n') }
  const settings: z.infer<typeof claimsEnvSchema> = checked.data
  const projectId = settings.NEXT_PUBLIC_SANITY_PROJECT_ID
  if (!projectId) return { label: 'embedded', load: async () => articlesFromDocuments(readDatasetDocuments()) }
  const client = createClient({
    projectId,
    dataset: settings.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: settings.NEXT_PUBLIC_SANITY_API_VERSION,
    // Published content is what readers see; the CDN could be a minute behind an edit.
    perspective: 'published',
    useCdn: false,
    ...(settings.SANITY_API_READ_TOKEN ? { token: settings.SANITY_API_READ_TOKEN } : {}),
    ...(settings.SANITY_API_HOST ? { apiHost: settings.SANITY_API_HOST, useProjectHostname: false } : {}),
  })
  return {
    label: `sanity:${projectId}/${settings.NEXT_PUBLIC_SANITY_DATASET}`,
    load: async () => articlesFromQuery(await client.fetch(CLAIM_ARTICLES_QUERY)),
  }
}
