import { deliveryLogStore, redisDeliveryLog } from '@/lib/cache/deliveryLogStore'
import { createFailureLog } from '@/lib/cache/failureLog'
import { guardStore } from '@/lib/cache/redisConnection'
import { REPLAY_WINDOW_MS } from '@/lib/sanity/revalidate/deliveryAge'
import { fakeRedis } from './fakeRedis'

let signatureCount = 0
const nextSignature = () => `t=${Date.now()},v1=signature-${++signatureCount}`

afterEach(() => jest.restoreAllMocks())

describe('the Redis delivery log', () => {
  it('lets exactly one of 20 concurrent copies through, across instances', async () => {
    const fake = fakeRedis()
    const logs = [0, 1].map(() => redisDeliveryLog(guardStore(fake.store, createFailureLog('Redis'))))
    const signature = nextSignature()
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => logs[i % 2]!.claimDelivery(signature, Date.now())),
    )
    expect(claims.filter(Boolean)).toHaveLength(1)
  })

  it('accepts the retry of a delivery whose handling failed, and forgets deliveries after the window', async () => {
    const fake = fakeRedis()
    const [one, two] = [0, 1].map(() => redisDeliveryLog(guardStore(fake.store, createFailureLog('Redis'))))
    const signature = nextSignature()
    expect(await one!.claimDelivery(signature, Date.now())).toBe(true)
    await one!.forgetDelivery(signature)
    expect(await two!.claimDelivery(signature, Date.now())).toBe(true)
    expect(await one!.claimDelivery(signature, Date.now())).toBe(false)

    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + REPLAY_WINDOW_MS)
    expect(await one!.claimDelivery(signature, Date.now())).toBe(false)
  })

  it("falls back to the process's log when Redis is down: a genuine delivery is never refused", async () => {
    jest.spyOn(console, 'error').mockImplementation(() => {})
    const fake = fakeRedis()
    fake.state.mode = 'down'
    const log = redisDeliveryLog(guardStore(fake.store, createFailureLog('Redis')))
    const signature = nextSignature()
    expect(await log.claimDelivery(signature, Date.now())).toBe(true)
    expect(await log.claimDelivery(signature, Date.now())).toBe(false)
    expect(console.error).toHaveBeenCalledTimes(1)
  })

  it('is the in-memory log when REDIS_URL is unset', async () => {
    const log = deliveryLogStore(undefined)
    const signature = nextSignature()
    expect(await log.claimDelivery(signature, Date.now())).toBe(true)
    expect(await log.claimDelivery(signature, Date.now())).toBe(false)
    await log.forgetDelivery(signature)
    expect(await log.claimDelivery(signature, Date.now())).toBe(true)
  })
})
