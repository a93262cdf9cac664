import { z } from 'zod'
import { checkEnv } from './parseEnv'
import { DEFAULT_DATASET, datasetNameSchema, projectIdSchema } from './sanityEnv'
import { apiHostSchema, tokenSchema } from './sanityServerEnv'

// The seed and `import --to-sanity` write to the dataset the site reads: the site's variables with
// the site's rules, plus the write token.
const sanityWriteEnvSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: projectIdSchema.optional(),
  NEXT_PUBLIC_SANITY_DATASET: datasetNameSchema.default(DEFAULT_DATASET),
  SANITY_API_WRITE_TOKEN: tokenSchema.optional(),
  SANITY_API_HOST: apiHostSchema.optional(),
})

export interface SanityWriteEnv {
  projectId: string
  dataset: string
  token: string
  apiHost: string | undefined
}

const MISSING = {
  NEXT_PUBLIC_SANITY_PROJECT_ID:
    'NEXT_PUBLIC_SANITY_PROJECT_ID is not set: name the Sanity project to load the content into.',
  SANITY_API_WRITE_TOKEN:
    'SANITY_API_WRITE_TOKEN is not set: create a token with Editor rights at sanity.io/manage > API > Tokens.',
} as const

/** What writing to a Sanity dataset needs, or every problem with it, checked before any work starts. */
export function readSanityWriteEnv(env: Record<string, string | undefined>): SanityWriteEnv | { problem: string } {
  const checked = checkEnv(sanityWriteEnvSchema, env)
  const problems = 'problems' in checked ? [...checked.problems] : []
  for (const [name, message] of Object.entries(MISSING)) if (!env[name]?.trim()) problems.push(message)
  if ('problems' in checked || problems.length > 0) return { problem: problems.join('\n') }
  const { NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET, SANITY_API_WRITE_TOKEN, SANITY_API_HOST } =
    checked.data
  if (!NEXT_PUBLIC_SANITY_PROJECT_ID || !SANITY_API_WRITE_TOKEN) return { problem: problems.join('\n') }
  return {
    projectId: NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: NEXT_PUBLIC_SANITY_DATASET,
    token: SANITY_API_WRITE_TOKEN,
    apiHost: SANITY_API_HOST,
  }
}
