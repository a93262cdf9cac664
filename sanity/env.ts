import { sanityEnvSchema } from '../lib/env/sanityEnv'
import { parseEnv } from '../lib/env/parseEnv'

// Public settings only: this file is bundled into the Studio and the browser.
// Next inlines NEXT_PUBLIC_* only when each is written out in full.
const env = parseEnv(
  sanityEnvSchema,
  {
    NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
    NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  },
  'Sanity',
)

export const projectId = env.NEXT_PUBLIC_SANITY_PROJECT_ID
export const dataset = env.NEXT_PUBLIC_SANITY_DATASET
export const apiVersion = env.NEXT_PUBLIC_SANITY_API_VERSION

/** True when a Sanity project is configured; otherwise the site reads the bundled dataset. */
export const isSanityMode = Boolean(projectId)
