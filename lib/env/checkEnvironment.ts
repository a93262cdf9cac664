import { parseEmbeddedDatasetEnv, parseEmbeddedIndexEnv } from './embeddedEnv'
import { parseEnv } from './parseEnv'
import { parsePrerenderEnv } from './prerenderEnv'
import { sanityEnvSchema } from './sanityEnv'
import { parseServerEnv } from './sanityServerEnv'
import { parseSiteUrlEnv } from './siteUrlEnv'

/**
 * Every variable the site reads, checked in one go with each module's own rule. next.config.ts
 * runs it when a build starts, before anything is compiled (a short read token used to surface
 * only after a two-minute compile); instrumentation.ts when a server starts. The first malformed
 * group throws, naming its variables.
 */
export function checkEnvironment(env: Record<string, string | undefined>): void {
  parseEnv(sanityEnvSchema, env, 'Sanity')
  parseServerEnv(env)
  parseEmbeddedIndexEnv(env)
  parseEmbeddedDatasetEnv(env)
  parseSiteUrlEnv(env)
  parsePrerenderEnv(env)
}
