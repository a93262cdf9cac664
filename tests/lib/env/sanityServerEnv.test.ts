import { parseServerEnv } from '@/lib/env/sanityServerEnv'
import { readSanityWriteEnv } from '@/lib/env/sanityWriteEnv'

// SANITY_API_HOST receives the read and write tokens with every request: plain http is allowed
// only to a Content Lake on this machine.

const WRITE_ENV = { NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_API_WRITE_TOKEN: 'sk-a-write-token-long-enough' }

describe('SANITY_API_HOST', () => {
  it.each([
    'https://api.sanity.io',
    'https://lake.example:8443',
    'http://127.0.0.1:4010',
    'http://localhost:4010',
    'http://[::1]:4010',
  ])('accepts %s', (host) => {
    expect(parseServerEnv({ SANITY_API_HOST: host }).SANITY_API_HOST).toBe(host)
    expect(readSanityWriteEnv({ ...WRITE_ENV, SANITY_API_HOST: host })).toMatchObject({ apiHost: host })
  })

  it.each([
    'http://api.sanity.io',
    'http://lake.example:8080',
    'http://10.0.0.5',
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io',
    'ftp://api.sanity.io',
  ])('refuses %s, naming the variable', (host) => {
    expect(() => parseServerEnv({ SANITY_API_HOST: host })).toThrow(/SANITY_API_HOST must be an http/)
    expect(readSanityWriteEnv({ ...WRITE_ENV, SANITY_API_HOST: host })).toEqual({
      problem: expect.stringContaining('SANITY_API_HOST'),
    })
  })
})
