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
    return ownOrigins.has(from.origin) && !from.pathname.startsWith('/api/') ? `${from.pathname}${from.search}` : '/'
  } catch {
    return '/'
  }
}
