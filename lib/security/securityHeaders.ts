import type { NextConfig } from 'next'
import { siteContentSecurityPolicy, studioContentSecurityPolicy } from './contentSecurityPolicy'

type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>

// Two years, the value hstspreload.org asks for. No `preload`: joining the browsers' preload
// list is a decision for the clinic, hard to undo.
const HSTS = 'max-age=63072000; includeSubDomains'

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
 * the same header, Next applies the later one, so the Studio's rule overrides the site's.
 * HSTS is sent only by a production server: over plain http (next dev, tests on 127.0.0.1)
 * browsers ignore it anyway, and a development host must stay reachable without TLS.
 */
export function securityHeaders({ production }: { production: boolean }): HeaderRules {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: siteContentSecurityPolicy },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        // For browsers without CSP frame-ancestors; same rule.
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ...(production ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
      ],
    },
    {
      source: '/studio/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: studioContentSecurityPolicy },
        // Sign-in with an identity provider may open a popup that must be able to report back.
        { key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' },
      ],
    },
  ]
}
