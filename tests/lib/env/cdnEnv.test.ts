import { DEFAULT_CDN_PURGE_API_BASE, parseCdnEnv } from '@/lib/env/cdnEnv'

const ZONE = '023e105f4ecef8ad9ca31a8372d0c353'
const TOKEN = 'cf-test-token-0123456789abcdefghijklmnopqrs'

describe('parseCdnEnv', () => {
  it('leaves purging off when neither variable is set', () => {
    expect(parseCdnEnv({})).toBeUndefined()
    expect(parseCdnEnv({ CDN_PURGE_ZONE_ID: '', CDN_PURGE_API_TOKEN: ' ' })).toBeUndefined()
  })

  it("turns purging on with both, against Cloudflare's API unless another base is given", () => {
    expect(parseCdnEnv({ CDN_PURGE_ZONE_ID: ZONE, CDN_PURGE_API_TOKEN: TOKEN })).toEqual({
      zoneId: ZONE,
      apiToken: TOKEN,
      apiBase: DEFAULT_CDN_PURGE_API_BASE,
    })
    expect(
      parseCdnEnv({ CDN_PURGE_ZONE_ID: ZONE, CDN_PURGE_API_TOKEN: TOKEN, CDN_PURGE_API_BASE: 'http://127.0.0.1:4010/' })
        ?.apiBase,
    ).toBe('http://127.0.0.1:4010')
  })

  it.each([
    ['CDN_PURGE_API_TOKEN', { CDN_PURGE_ZONE_ID: ZONE }, 'must be set when CDN_PURGE_ZONE_ID is'],
    ['CDN_PURGE_ZONE_ID', { CDN_PURGE_API_TOKEN: TOKEN }, 'must be set when CDN_PURGE_API_TOKEN is'],
    ['CDN_PURGE_ZONE_ID', { CDN_PURGE_ZONE_ID: 'example.com', CDN_PURGE_API_TOKEN: TOKEN }, 'zone id'],
    ['CDN_PURGE_API_TOKEN', { CDN_PURGE_ZONE_ID: ZONE, CDN_PURGE_API_TOKEN: 'short' }, 'too short'],
    [
      'CDN_PURGE_API_BASE',
      { CDN_PURGE_ZONE_ID: ZONE, CDN_PURGE_API_TOKEN: TOKEN, CDN_PURGE_API_BASE: 'http://purge.example.com' },
      'https',
    ],
    [
      'CDN_PURGE_API_BASE',
      { CDN_PURGE_ZONE_ID: ZONE, CDN_PURGE_API_TOKEN: TOKEN, CDN_PURGE_API_BASE: 'ftp://127.0.0.1' },
      'http(s) URL',
    ],
  ])('names %s when it is wrong (%j)', (name, env, message) => {
    expect(() => parseCdnEnv(env)).toThrow(name)
    expect(() => parseCdnEnv(env)).toThrow(message)
  })
})
