import type { NextConfig } from 'next'
import { readingPageSources } from '../navigation/paths'
import {
  appContentSecurityPolicy,
  readingContentSecurityPolicy,
  studioContentSecurityPolicy,
} from './contentSecurityPolicy'

type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>

// Two years, the value hstspreload.org asks for. No `preload`: joining the browsers' preload
// list is a decision for the clinic, hard to undo.
const HSTS = 'max-age=63072000; includeSubDomains'

/** Draft mode's cookie, as Next names it; the proxy sends requests carrying it to the App Router. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

// Powerful features the site never uses, switched off for it and anything it frames.
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'browsing-topics=()',
].join(', ')

/**
 * The security headers of every response, for next.config.ts `headers()`. When two rules set
 * the same header, Next applies the later one, so the reading pages' and the Studio's rules
 * override the site's.
 *
 * Header rules match the address the browser asked for, before the proxy rewrites it. An
 * editor's request for /blog/x with draft mode's cookie is answered by the App Router's preview
 * (/preview/blog/x), whose inline scripts the strict policy would block, so the strict rule
 * applies only when the cookie is missing. The cookie's mere presence, not its validity, chooses:
 * the proxy chooses the same way, so a forged cookie gets the App Router's policy along with the
 * App Router's answer (draftMode() there rejects it and shows published content).
 * HSTS is sent only by a production server: over plain http (next dev, tests on 127.0.0.1)
 * browsers ignore it anyway, and a development host must stay reachable without TLS.
 */
export function securityHeaders({ production }: { production: boolean }): HeaderRules {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: appContentSecurityPolicy },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        // For browsers without CSP frame-ancestors; same rule.
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ...(production ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
      ],
    },
    ...readingPageSources.map((source) => ({
      source,
      missing: [{ type: 'cookie' as const, key: DRAFT_MODE_COOKIE }],
      headers: [
        { key: 'Content-Security-Policy', value: readingContentSecurityPolicy },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    })),
    {
      source: '/studio/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: studioContentSecurityPolicy },
        { key: 'X-Frame-Options', value: 'DENY' },
        // Sign-in with an identity provider may open a popup that must be able to report back.
        { key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' },
      ],
    },
  ]
}
