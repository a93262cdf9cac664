import { clientAddress, UNKNOWN_CLIENT } from '@/lib/security/clientAddress'
import { createTokenBuckets } from '@/lib/security/tokenBucket'

describe('token buckets', () => {
  it('allows `capacity` requests at once, then refills at the given rate', () => {
    const buckets = createTokenBuckets({ capacity: 3, refillPerSecond: 0.5, maxClients: 10 })
    expect([0, 0, 0, 0].map((at) => buckets.take('a', at).allowed)).toEqual([true, true, true, false])
    expect(buckets.take('a', 1000)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(buckets.take('a', 2000)).toEqual({ allowed: true })
    expect(buckets.take('a', 2000)).toEqual({ allowed: false, retryAfterSeconds: 2 })
  })

  it('remembers at most maxClients, however many distinct keys arrive', () => {
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 1, maxClients: 100 })
    for (let i = 0; i < 10_000; i++) buckets.take(`client-${i}`, 0)
    expect(buckets.size).toBe(100)
    // The most recently seen client is still limited.
    expect(buckets.take('client-9999', 0).allowed).toBe(false)
  })
})

describe('clientAddress', () => {
  it('reads the first X-Forwarded-For value, bounded in length', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': ' 203.0.113.7 , 10.0.0.1' }))).toBe('203.0.113.7')
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'x'.repeat(500) }))).toHaveLength(64)
    expect(clientAddress(new Headers())).toBe(UNKNOWN_CLIENT)
  })
})
