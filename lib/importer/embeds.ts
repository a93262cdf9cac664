import type { EmbedKind } from './portableText'

interface Provider {
  name: string
  hosts: RegExp
  kind: EmbedKind
}

// WordPress's own oEmbed providers (wp-includes/class-wp-oembed.php) that a clinic's posts are
// likely to hold; a URL alone on its line from one of these was shown as the provider's player.
const PROVIDERS: Provider[] = [
  { name: 'YouTube', hosts: /(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, kind: 'video' },
  { name: 'Vimeo', hosts: /(^|\.)vimeo\.com$/, kind: 'video' },
  { name: 'X', hosts: /(^|\.)(twitter\.com|x\.com)$/, kind: 'link' },
  { name: 'TikTok', hosts: /(^|\.)tiktok\.com$/, kind: 'video' },
  { name: 'Dailymotion', hosts: /(^|\.)(dailymotion\.com|dai\.ly)$/, kind: 'video' },
  { name: 'TED', hosts: /(^|\.)ted\.com$/, kind: 'video' },
  { name: 'WordPress.tv', hosts: /(^|\.)wordpress\.tv$/, kind: 'video' },
  { name: 'SoundCloud', hosts: /(^|\.)soundcloud\.com$/, kind: 'audio' },
  { name: 'Spotify', hosts: /(^|\.)spotify\.com$/, kind: 'audio' },
  { name: 'Mixcloud', hosts: /(^|\.)mixcloud\.com$/, kind: 'audio' },
  { name: 'Instagram', hosts: /(^|\.)instagram\.com$/, kind: 'link' },
  { name: 'Facebook', hosts: /(^|\.)facebook\.com$/, kind: 'link' },
  { name: 'Flickr', hosts: /(^|\.)(flickr\.com|flic\.kr)$/, kind: 'link' },
  { name: 'Reddit', hosts: /(^|\.)reddit\.com$/, kind: 'link' },
  { name: 'Pinterest', hosts: /(^|\.)pinterest\.[a-z.]+$/, kind: 'link' },
  { name: 'Tumblr', hosts: /(^|\.)tumblr\.com$/, kind: 'link' },
  { name: 'Imgur', hosts: /(^|\.)imgur\.com$/, kind: 'link' },
  { name: 'Scribd', hosts: /(^|\.)scribd\.com$/, kind: 'link' },
  { name: 'Issuu', hosts: /(^|\.)issuu\.com$/, kind: 'link' },
  { name: 'SlideShare', hosts: /(^|\.)slideshare\.net$/, kind: 'link' },
  { name: 'Speaker Deck', hosts: /(^|\.)speakerdeck\.com$/, kind: 'link' },
  { name: 'Kickstarter', hosts: /(^|\.)kickstarter\.com$/, kind: 'link' },
  { name: 'Giphy', hosts: /(^|\.)giphy\.com$/, kind: 'link' },
  { name: 'Bluesky', hosts: /(^|\.)bsky\.app$/, kind: 'link' },
]

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
