import { z } from 'zod'
import { parseEnv } from '../lib/env/parseEnv'

// Public settings only: this file is bundled into the Studio and the browser.
// The project id decides the content source: unset means the bundled (embedded) dataset.
export const publicEnvSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a Sanity project id (lowercase letters, digits, dashes)')
    .optional(),
  NEXT_PUBLIC_SANITY_DATASET: z
    .string()
    .regex(/^[a-z0-9_-]{1,64}$/, 'must be a dataset name (lowercase letters, digits, _ and -)')
    .default('production'),
  NEXT_PUBLIC_SANITY_API_VERSION: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2025-09-01')
    .default('2025-09-01'),
})

// Next inlines NEXT_PUBLIC_* only when each is written out in full.
const env = parseEnv(
  publicEnvSchema,
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
