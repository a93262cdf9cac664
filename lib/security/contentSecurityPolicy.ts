// Content-Security-Policy for the site and for the Studio.
//
// Why 'unsafe-inline' in script-src: every App Router page carries inline <script> elements
// (`self.__next_f.push(...)`) holding its React Server Components payload, which differs per
// page and changes whenever an editor publishes. Hashes cannot be known when the header is
// written, and a nonce needs a per-request header, which would make every page dynamic and
// give up the statically generated pages the performance goals require. So inline scripts are
// allowed and protection against injected script rests on output escaping (React escapes all
// text; the one raw-HTML element, JSON-LD, is escaped by serializeJsonLd; link hrefs pass
// safeHref), which tests/app/(site)/hostileContent.test.tsx proves with hostile content. What the policy still enforces:
// no script from any other origin, no plugins, no <base> hijack, forms and fetches only to the
// site itself, images only from the site and Sanity's CDN, framing only by the site (the
// Studio's Presentation tool).

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
  'script-src': ["'self'", "'unsafe-inline'"],
  // React and next/image write style attributes; styles cannot run script.
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // The Studio's Presentation tool shows the site in an iframe on the same origin.
  'frame-ancestors': ["'self'"],
}

/** Every page of the site: its own scripts, styles and fonts; images from itself and Sanity's CDN. */
export const siteContentSecurityPolicy = serialize({
  ...shared,
  // data: for blurred image placeholders (lqip), which Sanity sends as data URIs.
  'img-src': ["'self'", 'data:', 'https://cdn.sanity.io'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'self'"],
})

/**
 * The Studio talks to the project's Content Lake (https://<projectId>.api.sanity.io and its
 * listeners over wss), loads Sanity's bridge script (next-sanity's NextStudio adds it, as a
 * Sanity-hosted Studio does, to work inside Sanity's dashboard), shows user avatars from
 * whichever identity provider the editor signed in with (hence any https image), runs workers
 * from blob: URLs and frames the site in the Presentation tool.
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
})
