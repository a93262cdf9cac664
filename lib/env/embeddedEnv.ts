import { z } from 'zod'
import { parseEnv } from './parseEnv'

// Embedded mode (no Sanity project id): what the site reads and how it answers queries.

const embeddedIndexEnvSchema = z.object({
  // `off` runs plain groq-js in embedded mode: slower, and the way to rule the index out when a
  // page shows something it should not.
  EMBEDDED_INDEX: z.enum(['on', 'off'], { error: "must be 'on' or 'off'" }).default('on'),
})

const embeddedDatasetEnvSchema = z.object({
  // A file in sanity/dataset/ (a generated bench-N.ndjson for benchmarks), never a path elsewhere.
  EMBEDDED_DATASET_FILE: z
    .string()
    .regex(/^[\w.-]+\.ndjson$/, 'must be the name of an .ndjson file in sanity/dataset/, such as bench-1000.ndjson')
    .default('data.ndjson'),
})

/** Whether embedded mode answers queries from lib/groq-index's indexes (the default) or plain groq-js. */
export function parseEmbeddedIndexEnv(env: Record<string, string | undefined>): { index: boolean } {
  return { index: parseEnv(embeddedIndexEnvSchema, env, 'embedded index').EMBEDDED_INDEX === 'on' }
}

/** The dataset file embedded mode serves (data.ndjson unless a benchmark selects another). */
export function parseEmbeddedDatasetEnv(env: Record<string, string | undefined>): { datasetFile: string } {
  return { datasetFile: parseEnv(embeddedDatasetEnvSchema, env, 'embedded dataset').EMBEDDED_DATASET_FILE }
}
