import { z } from 'zod'

// The public Sanity settings, one rule each: the site, the Studio, the seed and the importer all
// read them through these schemas. Nothing secret here: sanity/env.ts bundles this into the browser.

export const projectIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'must be a Sanity project id (lowercase letters, digits, dashes)')

// Sanity's own rule: 2 to 64 lowercase letters, digits, _ and -, starting with a letter or digit.
export const datasetNameSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{1,63}$/,
    'must be a dataset name (2 to 64 lowercase letters, digits, _ and -, starting with a letter or digit)',
  )

export const DEFAULT_DATASET = 'production'
export const DEFAULT_API_VERSION = '2025-09-01'

// The project id decides the content source: unset means the bundled (embedded) dataset.
export const sanityEnvSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: projectIdSchema.optional(),
  NEXT_PUBLIC_SANITY_DATASET: datasetNameSchema.default(DEFAULT_DATASET),
  NEXT_PUBLIC_SANITY_API_VERSION: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2025-09-01')
    .default(DEFAULT_API_VERSION),
})
