import { z } from 'zod'
import { parseEnv } from './parseEnv'

// Tokens are opaque strings from sanity.io/manage; a space or a short value is a copy-paste slip.
export const tokenSchema = z
  .string()
  .min(20, 'is too short to be a Sanity API token')
  .regex(/^\S+$/, 'must not contain spaces')

// Plain http would send the tokens in clear text: only a Content Lake on this machine (the tests'
// local one) may use it.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export const apiHostSchema = z
  .url({
    protocol: /^https?$/,
    error: 'must be an http(s) URL such as https://api.sanity.io',
  })
  .refine((url) => {
    // zod runs this even after the URL check failed; that failure is the one to report.
    if (!URL.canParse(url)) return true
    const { protocol, hostname } = new URL(url)
    return protocol === 'https:' || LOOPBACK_HOSTS.has(hostname)
  }, 'must be an https URL (http only for a loopback address: localhost, 127.0.0.1, [::1])')

const serverEnvSchema = z.object({
  SANITY_API_READ_TOKEN: tokenSchema.optional(),
  SANITY_API_WRITE_TOKEN: tokenSchema.optional(),
  SANITY_REVALIDATE_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters (generate one with `openssl rand -hex 32`)')
    .optional(),
  SANITY_API_HOST: apiHostSchema.optional(),
})
export type ServerEnv = z.infer<typeof serverEnvSchema>

/**
 * Validates the server-side settings. Each is optional: the site runs without them, and the
 * feature that needs one (draft previews, the webhook, the seed command) says so when it is missing.
 * The app reads them only through lib/sanity/serverEnv.ts (server-only); scripts call this directly.
 */
export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  return parseEnv(serverEnvSchema, env, 'server')
}
