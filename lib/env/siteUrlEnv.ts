import { z } from 'zod'
import { parseEnv } from './parseEnv'

// Canonical URLs, the sitemap and feeds are built from this, never from the request's Host header.
const siteUrlEnvSchema = z.object({
  NEXT_PUBLIC_SITE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://blog.example-clinic.com' })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
})

/** The site's public origin, without a trailing slash. */
export function parseSiteUrlEnv(env: Record<string, string | undefined>): { siteUrl: string } {
  return { siteUrl: parseEnv(siteUrlEnvSchema, env, 'site URL').NEXT_PUBLIC_SITE_URL }
}
