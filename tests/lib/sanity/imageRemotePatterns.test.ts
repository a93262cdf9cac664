import { hasRemoteMatch } from 'next/dist/shared/lib/match-remote-pattern'
import type { NextConfig } from 'next'

// What next/image's optimizer agrees to fetch, decided by Next's own matcher from the patterns
// next.config.ts hands it, loaded under the Sanity settings a clinic would set.

function configWith(env: Record<string, string | undefined>): NextConfig {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name]
  let config: NextConfig | undefined
  try {
    jest.isolateModules(() => {
      config = jest.requireActual<{ default: NextConfig }>('../../../next.config').default
    })
  } finally {
    process.env = saved
  }
  return config as NextConfig
}

function optimizerAccepts(config: NextConfig, url: string): boolean {
  const images = config.images ?? {}
  return hasRemoteMatch([], images.remotePatterns ?? [], new URL(url))
}

const OWN = 'https://cdn.sanity.io/images/clinic1/production/abc123-1200x800.jpg'

describe('the image optimizer in Sanity mode', () => {
  const config = configWith({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'clinic1', NEXT_PUBLIC_SANITY_DATASET: 'production' })

  it("accepts this project's dataset on Sanity's CDN", () => {
    expect(optimizerAccepts(config, OWN)).toBe(true)
  })

  it.each([
    ['another project', 'https://cdn.sanity.io/images/someoneelse/production/abc-1x1.jpg'],
    ['another dataset of the project', 'https://cdn.sanity.io/images/clinic1/staging/abc-1x1.jpg'],
    ['files, not images', 'https://cdn.sanity.io/files/clinic1/production/abc.pdf'],
    ['plain http', 'http://cdn.sanity.io/images/clinic1/production/abc-1x1.jpg'],
    ['another host', 'https://example.com/images/clinic1/production/abc-1x1.jpg'],
  ])('refuses %s', (_name, url) => {
    expect(optimizerAccepts(config, url)).toBe(false)
  })
})

describe('the image optimizer in embedded mode', () => {
  it('fetches no remote image at all', () => {
    const config = configWith({ NEXT_PUBLIC_SANITY_PROJECT_ID: undefined })
    expect(optimizerAccepts(config, OWN)).toBe(false)
  })
})
