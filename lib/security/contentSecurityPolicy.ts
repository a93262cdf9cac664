// Content-Security-Policy for the three kinds of page (docs/security.md, issue 15 item 3).
//
// Reading pages (the Pages Router's static pages, lib/security/securityHeaders.ts lists them)
// ship no script at all: their only <script> elements are JSON-LD and Next's page data, data
// blocks a browser never executes and CSP does not govern. So they get script-src 'none', and
// any HTML that ever slipped into one through content could not run.
//
// App Router pages (search, an editor's draft preview, the old-address 404s, error pages, the
// Studio) keep 'unsafe-inline' in script-src: each carries inline <script> elements
// (`self.__next_f.push(...)`) holding its React Server Components payload. Hashes cannot be
// known when the header is written, and a nonce needs a per-request header set by the proxy,
// which would make every such page dynamic. Protection against injected script there rests on
// output escaping (React escapes all text; JSON-LD goes through serializeJsonLd; link hrefs pass
// safeHref), which the hostile-content tests prove.
//
// Framing: only the Studio frames anything (the Presentation tool shows the site in an iframe on
// the same origin), and nothing frames the Studio, so no site page can load the Studio, signed in,
// into a frame it controls.

type Directives = Record<string, string[]>

/** Where next-sanity's NextStudio loads Sanity's bridge script from. */
export const STUDIO_BRIDGE_ORIGIN = 'https://core.sanity-cdn.com'

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

const shared: Directives = {
  'default-src': ["'self'"],
  // React and next/image write style attributes; styles cannot run script.
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
}

// What a page of the site shows: its own fonts, images from itself and Sanity's CDN (data: for
// the blurred placeholders, lqip, which Sanity sends as data URIs). It frames nothing.
const sitePage: Directives = {
  ...shared,
  'img-src': ["'self'", 'data:', 'https://cdn.sanity.io'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'none'"],
}

/**
 * A reading page as readers get it: no script runs, and nothing frames it. The Presentation tool
 * frames reading pages only in draft mode (its iframe opens /api/draft-mode/enable first, which
 * sets the cookie), and then the App Router policy below applies instead.
 */
export const readingContentSecurityPolicy = serialize({
  ...sitePage,
  'script-src': ["'none'"],
  'frame-ancestors': ["'none'"],
})

/**
 * Every App Router page of the site, and a reading page asked for in draft mode (the proxy
 * answers it with the App Router's preview): its own scripts, inline ones included, and framing
 * by the site itself, so the Studio's Presentation tool can show the preview.
 */
export const appContentSecurityPolicy = serialize({
  ...sitePage,
  'script-src': ["'self'", "'unsafe-inline'"],
  'frame-ancestors': ["'self'"],
})

/**
 * The Studio talks to the project's Content Lake (https://<projectId>.api.sanity.io and its
 * listeners over wss), loads Sanity's bridge script (next-sanity's NextStudio adds it, as a
 * Sanity-hosted Studio does, to work inside Sanity's dashboard), shows user avatars from
 * whichever identity provider the editor signed in with (hence any https image), runs workers
 * from blob: URLs and frames the site in the Presentation tool. Nothing may frame it.
 */
export const studioContentSecurityPolicy = serialize({
  ...shared,
  'script-src': ["'self'", "'unsafe-inline'", STUDIO_BRIDGE_ORIGIN],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'media-src': ["'self'", 'blob:', 'https://cdn.sanity.io'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https://*.sanity.io', 'wss://*.sanity.io'],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'"],
  'frame-ancestors': ["'none'"],
})
