import { embedTarget, oembedProvider } from '@/lib/importer/embeds'

// The addresses WordPress turned into players, as the importer recognises them: the provider's
// own domain and its subdomains, never a look-alike domain that merely contains the name.
const RECOGNISED: [url: string, provider: string, kind: string][] = [
  ['https://www.youtube.com/watch?v=abc123', 'YouTube', 'video'],
  ['https://youtu.be/abc123', 'YouTube', 'video'],
  ['https://www.youtube-nocookie.com/embed/abc123', 'YouTube', 'video'],
  ['https://vimeo.com/76979871', 'Vimeo', 'video'],
  ['https://twitter.com/someone/status/1', 'X', 'link'],
  ['https://x.com/someone/status/1', 'X', 'link'],
  ['https://www.tiktok.com/@someone/video/1', 'TikTok', 'video'],
  ['https://www.dailymotion.com/video/x1', 'Dailymotion', 'video'],
  ['https://dai.ly/x1', 'Dailymotion', 'video'],
  ['https://www.ted.com/talks/a_talk', 'TED', 'video'],
  ['https://wordpress.tv/2020/01/01/a-talk/', 'WordPress.tv', 'video'],
  ['https://soundcloud.com/someone/a-track', 'SoundCloud', 'audio'],
  ['https://open.spotify.com/episode/1', 'Spotify', 'audio'],
  ['https://www.mixcloud.com/someone/a-mix/', 'Mixcloud', 'audio'],
  ['https://www.instagram.com/p/abc/', 'Instagram', 'link'],
  ['https://www.facebook.com/someone/posts/1', 'Facebook', 'link'],
  ['https://www.flickr.com/photos/someone/1', 'Flickr', 'link'],
  ['https://flic.kr/p/abc', 'Flickr', 'link'],
  ['https://www.reddit.com/r/a/comments/1/', 'Reddit', 'link'],
  ['https://www.pinterest.com/pin/1/', 'Pinterest', 'link'],
  ['https://www.pinterest.co.uk/pin/1/', 'Pinterest', 'link'],
  ['https://pinterest.de/pin/1/', 'Pinterest', 'link'],
  ['https://someone.tumblr.com/post/1', 'Tumblr', 'link'],
  ['https://imgur.com/gallery/abc', 'Imgur', 'link'],
  ['https://www.scribd.com/document/1', 'Scribd', 'link'],
  ['https://issuu.com/someone/docs/a', 'Issuu', 'link'],
  ['https://www.slideshare.net/someone/a-deck', 'SlideShare', 'link'],
  ['https://speakerdeck.com/someone/a-deck', 'Speaker Deck', 'link'],
  ['https://www.kickstarter.com/projects/a/b', 'Kickstarter', 'link'],
  ['https://giphy.com/gifs/abc', 'Giphy', 'link'],
  ['https://bsky.app/profile/someone/post/1', 'Bluesky', 'link'],
  ['//www.YouTube.com/watch?v=abc123', 'YouTube', 'video'],
]

const NOT_PROVIDERS = [
  'https://notyoutube.com/watch?v=abc123',
  'https://youtube.com.example.org/watch?v=abc123',
  'https://myvimeo.com/1',
  'https://pinterest/pin/1/',
  'https://example.com/x.com',
  'ftp://vimeo.com/1',
  'not a url',
]

describe('oembedProvider', () => {
  it.each(RECOGNISED)('recognises %s as %s', (url, provider, kind) => {
    expect(oembedProvider(url)).toMatchObject({ provider, kind })
  })

  it.each(NOT_PROVIDERS)('does not take %s for a provider', (url) => {
    expect(oembedProvider(url)).toBeUndefined()
  })

  it('links a player to the page a reader can open', () => {
    expect(oembedProvider('https://www.youtube.com/embed/abc-123?rel=0')?.url).toBe(
      'https://www.youtube.com/watch?v=abc-123',
    )
    expect(oembedProvider('https://player.vimeo.com/video/76979871')?.url).toBe('https://vimeo.com/76979871')
  })
})

describe('embedTarget', () => {
  it("keeps a known provider's kind for an iframe or a link, and the element's kind otherwise", () => {
    expect(embedTarget('https://vimeo.com/1', 'iframe')).toMatchObject({ provider: 'Vimeo', kind: 'video' })
    expect(embedTarget('https://open.spotify.com/episode/1', 'link')).toMatchObject({ kind: 'audio' })
    expect(embedTarget('https://vimeo.com/1', 'audio')).toMatchObject({ provider: 'Vimeo', kind: 'audio' })
    expect(embedTarget('https://example.com/clip.mp4', 'video')).toEqual({
      url: 'https://example.com/clip.mp4',
      kind: 'video',
    })
    expect(embedTarget('javascript:alert(1)', 'iframe')).toBeUndefined()
  })
})
