import { z } from 'zod'
import { parseEnv } from './parseEnv'

// The CDN purge (Cloudflare's purge-by-tag API): off unless both the zone and the token are set.

export const DEFAULT_CDN_PURGE_API_BASE = 'https://api.cloudflare.com/client/v4'

// Plain http would send the API token in clear text: only a stand-in on this machine (the tests')
// may use it.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

const cdnEnvSchema = z
  .object({
    CDN_PURGE_ZONE_ID: z.string().regex(/^[a-f0-9]{32}$/, 'must be a Cloudflare zone id (32 hexadecimal characters)'),
    // Cloudflare API tokens are 40 characters; a space or a short value is a copy-paste slip.
    CDN_PURGE_API_TOKEN: z
      .string()
      .min(20, 'is too short to be a Cloudflare API token')
      .regex(/^\S+$/, 'must not contain spaces'),
    CDN_PURGE_API_BASE: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://api.cloudflare.com/client/v4' })
      .refine((url) => {
        // zod runs this even after the URL check failed; that failure is the one to report.
        if (!URL.canParse(url)) return true
        const { protocol, hostname } = new URL(url)
        return protocol === 'https:' || LOOPBACK_HOSTS.has(hostname)
      }, 'must be an https URL (http only for a loopback address: localhost, 127.0.0.1, [::1])')
      .default(DEFAULT_CDN_PURGE_API_BASE)
      .transform((url) => url.replace(/\/+$/, '')),
  })
  .partial({ CDN_PURGE_ZONE_ID: true, CDN_PURGE_API_TOKEN: true })
  // One of the two without the other is a half-done setup: purging would silently never happen.
  .superRefine((env, context) => {
    if (Boolean(env.CDN_PURGE_ZONE_ID) === Boolean(env.CDN_PURGE_API_TOKEN)) return
    const missing = env.CDN_PURGE_ZONE_ID ? 'CDN_PURGE_API_TOKEN' : 'CDN_PURGE_ZONE_ID'
    const other = env.CDN_PURGE_ZONE_ID ? 'CDN_PURGE_ZONE_ID' : 'CDN_PURGE_API_TOKEN'
    context.addIssue({ code: 'custom', path: [missing], message: `must be set when ${other} is` })
  })

export interface CdnPurgeConfig {
  zoneId: string
  apiToken: string
  /** The API's base URL, without a trailing slash. */
  apiBase: string
}

/** The purge settings, or undefined when purging is off (neither variable set). */
export function parseCdnEnv(env: Record<string, string | undefined>): CdnPurgeConfig | undefined {
  const { CDN_PURGE_ZONE_ID, CDN_PURGE_API_TOKEN, CDN_PURGE_API_BASE } = parseEnv(cdnEnvSchema, env, 'CDN purge')
  if (!CDN_PURGE_ZONE_ID || !CDN_PURGE_API_TOKEN) return undefined
  return { zoneId: CDN_PURGE_ZONE_ID, apiToken: CDN_PURGE_API_TOKEN, apiBase: CDN_PURGE_API_BASE }
}
