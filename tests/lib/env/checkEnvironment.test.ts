import { checkEnvironment } from '@/lib/env/checkEnvironment'

// Issue 15 item 8: a malformed variable is reported when the build starts (next.config.ts loads
// this before compiling), not after a two-minute compile.

describe('checkEnvironment', () => {
  it('accepts an empty environment: embedded mode needs nothing', () => {
    expect(() => checkEnvironment({})).not.toThrow()
  })

  it.each([
    ['SANITY_API_READ_TOKEN', { SANITY_API_READ_TOKEN: 'short' }],
    ['SANITY_REVALIDATE_SECRET', { SANITY_REVALIDATE_SECRET: 'tiny' }],
    ['NEXT_PUBLIC_SANITY_DATASET', { NEXT_PUBLIC_SANITY_DATASET: 'no spaces please' }],
    ['EMBEDDED_INDEX', { EMBEDDED_INDEX: 'maybe' }],
    ['NEXT_PUBLIC_SITE_URL', { NEXT_PUBLIC_SITE_URL: 'not a url' }],
  ])('names %s when it is malformed', (name, env) => {
    expect(() => checkEnvironment(env)).toThrow(name)
  })
})

describe('next.config.ts', () => {
  const saved = process.env.SANITY_API_READ_TOKEN
  afterEach(() => {
    if (saved === undefined) delete process.env.SANITY_API_READ_TOKEN
    else process.env.SANITY_API_READ_TOKEN = saved
  })

  it('refuses to load with a malformed variable, so a build stops before it compiles', () => {
    process.env.SANITY_API_READ_TOKEN = 'too-short'
    jest.isolateModules(() => {
      expect(() => jest.requireActual('../../../next.config')).toThrow('SANITY_API_READ_TOKEN')
    })
  })
})
