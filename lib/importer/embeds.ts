import { z } from 'zod'
import providersJson from './oembedProviders.json'
import type { EmbedKind } from './portableText'

// WordPress's own oEmbed providers (wp-includes/class-wp-oembed.php) that a clinic's posts are
// likely to hold; a URL alone on its line from one of these was shown as the provider's player.
// The list is data (oembedProviders.json); how a host matches a provider's domains is decided
// once, here. A domain ending in `.*` stands for that name under any suffix (pinterest.co.uk).
const providerSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(['video', 'audio', 'link']),
  domains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*(\.\*)?$/)).min(1),
})

interface Provider {
  name: string
  hosts: RegExp
  kind: EmbedKind
}

function domainPattern(domain: string): string {
  const anySuffix = domain.endsWith('.*')
  const name = (anySuffix ? domain.slice(0, -2) : domain).replaceAll('.', '\\.')
  return anySuffix ? `${name}\\.[a-z.]+` : name
}

// The domain itself or any subdomain of it, never a longer name that merely ends the same way.
const PROVIDERS: Provider[] = z
  .array(providerSchema)
  .parse(providersJson)
  .map(({ name, kind, domains }) => ({
    name,
    kind,
    hosts: new RegExp(`(^|\\.)(${domains.map(domainPattern).join('|')})$`),
  }))

export interface EmbedTarget {
  url: string
  provider?: string
  kind: EmbedKind
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url)
  } catch {
    return undefined
  }
}

/** The http(s) URL a src or link names, protocol-relative ones made https; undefined for anything else. */
export function webUrl(url: string | null | undefined): string | undefined {
  const parsed = url ? parse(url.trim()) : undefined
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : undefined
}

// A player's address is not a page a reader can open; the card links to the watch page instead.
function pageOfPlayer(url: URL): string {
  const youtube = /^\/embed\/([\w-]+)/.exec(url.pathname)
  if (youtube && /youtube(-nocookie)?\.com$/.test(url.hostname)) return `https://www.youtube.com/watch?v=${youtube[1]}`
  const vimeo = /^\/video\/(\d+)/.exec(url.pathname)
  if (vimeo && url.hostname === 'player.vimeo.com') return `https://vimeo.com/${vimeo[1]}`
  return url.href
}

/** The provider of an oEmbed URL WordPress would have turned into a player, if it is one. */
export function oembedProvider(url: string): EmbedTarget | undefined {
  const web = webUrl(url)
  const parsed = web ? parse(web) : undefined
  if (!parsed) return undefined
  const host = parsed.hostname.toLowerCase()
  const provider = PROVIDERS.find((candidate) => candidate.hosts.test(host))
  return provider ? { url: pageOfPlayer(parsed), provider: provider.name, kind: provider.kind } : undefined
}

/** An embed for a src of a given element kind: a known provider names itself, anything else keeps the kind. */
export function embedTarget(src: string, kind: EmbedKind): EmbedTarget | undefined {
  const web = webUrl(src)
  if (!web) return undefined
  const known = oembedProvider(web)
  return known ? { ...known, kind: kind === 'iframe' || kind === 'link' ? known.kind : kind } : { url: web, kind }
}
