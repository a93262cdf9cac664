import { z } from 'zod'

// Canonical URLs, the sitemap and feeds are built from this, never from the request's Host header.
const siteUrlSchema = z
  .url({ protocol: /^https?$/, error: 'NEXT_PUBLIC_SITE_URL must be an absolute http(s) URL such as https://blog.example-clinic.com' })
  .transform((url) => url.replace(/\/+$/, ''))

export const siteUrl: string = siteUrlSchema.parse(process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000')

/** An absolute URL on this site for a path such as "/blog/x". */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl}/`).toString()
}
