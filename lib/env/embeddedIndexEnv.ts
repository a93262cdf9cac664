import { z } from 'zod'
import { parseEnv } from './parseEnv'

const embeddedIndexEnvSchema = z.object({
  // `off` runs plain groq-js in embedded mode: slower, and the way to rule the index out when a
  // page shows something it should not.
  EMBEDDED_INDEX: z.enum(['on', 'off'], { error: "must be 'on' or 'off'" }).default('on'),
})

/** Whether embedded mode answers queries from lib/groq-index's indexes (the default) or plain groq-js. */
export function parseEmbeddedIndexEnv(env: Record<string, string | undefined>): { index: boolean } {
  return { index: parseEnv(embeddedIndexEnvSchema, env, 'embedded index').EMBEDDED_INDEX === 'on' }
}
