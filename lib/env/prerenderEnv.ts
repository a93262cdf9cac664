import { z } from 'zod'
import { parseEnv } from './parseEnv'

// How much of the archive a build renders ahead: the rest is rendered on its first request.

const prerenderEnvSchema = z.object({
  // Builds take about 60 ms a page, so prerendering every article makes a deploy grow with the
  // archive; the newest ones are those readers and crawlers ask for first.
  PRERENDER_ARTICLES: z.coerce
    .number({ error: 'must be a whole number, such as 200' })
    .int('must be a whole number, such as 200')
    .min(0, 'must be 0 or more')
    .default(200),
})

/** How many of the newest articles `next build` renders ahead (PRERENDER_ARTICLES, default 200). */
export function parsePrerenderEnv(env: Record<string, string | undefined>): { articles: number } {
  return { articles: parseEnv(prerenderEnvSchema, env, 'prerender').PRERENDER_ARTICLES }
}
