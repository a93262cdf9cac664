import { z } from 'zod'

/** What `--to-sanity` needs from the environment; checked before anything is imported. */
export const sanityWriteEnvSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: z.string().regex(/^[a-z0-9-]+$/, 'NEXT_PUBLIC_SANITY_PROJECT_ID must be a Sanity project id (lowercase letters, digits, dashes)'),
  NEXT_PUBLIC_SANITY_DATASET: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'NEXT_PUBLIC_SANITY_DATASET must be a dataset name such as "production"'),
  SANITY_API_WRITE_TOKEN: z.string().min(1, 'SANITY_API_WRITE_TOKEN must be a token with write access (sanity.io/manage > API > Tokens)'),
})

export type SanityWriteEnv = z.infer<typeof sanityWriteEnvSchema>

export function readSanityWriteEnv(env: Record<string, string | undefined>): SanityWriteEnv | { problem: string } {
  const parsed = sanityWriteEnvSchema.safeParse(env)
  return parsed.success ? parsed.data : { problem: parsed.error.issues.map((issue) => issue.message).join('\n') }
}
