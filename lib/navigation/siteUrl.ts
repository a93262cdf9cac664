import { parseSiteUrlEnv } from '../env/siteUrlEnv'

// Next inlines NEXT_PUBLIC_* only when each is written out in full.
export const siteUrl: string = parseSiteUrlEnv({ NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL }).siteUrl

/** An absolute URL on this site for a path such as "/blog/x". */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl}/`).toString()
}
