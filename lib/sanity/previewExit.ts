import { siteUrl } from '@/lib/navigation/siteUrl'

/**
 * Where to send an editor leaving draft mode: back to the page they were on when it is on this
 * site, otherwise home. Never another origin, so the exit link cannot become an open redirect.
 */
export function exitDestination(requestUrl: string, referer: string | null): string {
  if (!referer) return '/'
  const ownOrigins = new Set([new URL(requestUrl).origin, new URL(siteUrl).origin])
  try {
    const from = new URL(referer)
    const path = `${from.pathname}${from.search}`
    // `//host` and `/\host` are protocol-relative in a Location header: another site. A referer
    // such as https://blog.example//evil.example/ has exactly that path.
    const leavesSite = path.startsWith('//') || path.startsWith('/\\')
    return ownOrigins.has(from.origin) && !leavesSite && !from.pathname.startsWith('/api/') ? path : '/'
  } catch {
    return '/'
  }
}
