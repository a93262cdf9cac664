/**
 * npm run test:redis: the Redis cache handler and delivery log against a real Redis (Debian's
 * /usr/bin/redis-server on a free loopback port, no persistence), as two server processes would
 * use it:
 *
 *  1. instance A is the bundle next.config names (lib/cache/nextCacheHandler.cjs, REDIS_URL set),
 *     instance B the TypeScript handler on its own connection; an entry written by one is read by
 *     the other, Buffers and Maps intact, with the TTL of its lifetime;
 *  2. a tag revalidated on B makes the entry a miss on A (and an implicit path tag likewise);
 *  3. 20 concurrent claims of one delivery, split over both instances: exactly one succeeds;
 *  4. Redis frozen (SIGSTOP), then killed: A serves its local copy, writes and revalidations do not throw, nothing waits
 *     longer than the command timeout;
 *  5. Redis restarted: both reconnect and a revalidation reaches the other instance again.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { redisDeliveryLog } from '@/lib/cache/deliveryLogStore'
import { createFailureLog } from '@/lib/cache/failureLog'
import { cacheHandlerDeps, createCacheHandler } from '@/lib/cache/redisCacheHandler'
import { connectRedis, guardStore } from '@/lib/cache/redisConnection'
import { freePort } from '@/tooling/freePort'
import { redisCommand as raw, startRedis } from './redisServer'

type HandlerClass = ReturnType<typeof createCacheHandler>
type Handler = InstanceType<HandlerClass>
type Value = Parameters<Handler['set']>[1]

const BUILD_ID = 'redis-runner'
const PAGE = { kind: 'APP_PAGE', isFallback: false } as Parameters<Handler['get']>[1]
const PAGE_SET = { cacheControl: { revalidate: false as const, expire: 600 } }

const failures: string[] = []
function check(what: string, ok: boolean, detail = ''): void {
  console.log(`${ok ? '✓' : '✗'} ${what}${detail ? ` (${detail})` : ''}`)
  if (!ok) failures.push(what)
}

function page(html: string, tags: string): Value {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)),
    headers: { 'x-next-cache-tags': tags },
    postponed: undefined,
    status: 200,
    segmentData: new Map([['/_tree', Buffer.from([0xff, 0, 0x80])]]),
  } as Value
}

/** An integer reply (`:123`) as a number. */
const integer = (reply: string) => Number(reply.replace(/^:/, ''))

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now()
  const result = await run()
  return { result, ms: Math.round(performance.now() - started) }
}

async function eventually(what: string, condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await condition()) return check(what, true, `${Date.now() - started} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  check(what, false, `not within ${timeoutMs} ms`)
}

async function main(): Promise<void> {
  const port = await freePort()
  const url = `redis://127.0.0.1:${port}`
  const distDir = mkdtempSync(join(tmpdir(), 'redis-runner-'))
  mkdirSync(join(distDir, 'server'))
  writeFileSync(join(distDir, 'BUILD_ID'), BUILD_ID)
  let redis = await startRedis(port)
  try {
    // Instance A: exactly what Next imports, configured by REDIS_URL.
    process.env.REDIS_URL = url
    const bundle = createRequire(__filename)('../../../lib/cache/nextCacheHandler.cjs') as { default: HandlerClass }
    const context = { revalidatedTags: [], _requestHeaders: {}, serverDistDir: join(distDir, 'server') }
    const a = new bundle.default(context)
    // Instance B: another process, on its own connection.
    const logB = createFailureLog('instance B: Redis unreachable')
    const storeB = guardStore(connectRedis(url, logB), logB)
    // A third connection, for the delivery log's concurrency check.
    const storeC = guardStore(connectRedis(url, logB), logB)
    const B = createCacheHandler(() => cacheHandlerDeps(storeB, BUILD_ID, 10 << 20))
    const b = new B(context)
    await eventually('both instances connected', async () => {
      await a.set('/probe', page('probe', 'probe'), PAGE_SET)
      return (await b.get('/probe', PAGE)) !== null
    })

    const written = page('<p>v1</p>', 'article:a,_N_T_/blog/a')
    await a.set('/blog/a', written, PAGE_SET)
    const read = await b.get('/blog/a', PAGE)
    check(
      'an entry written by A is read by B, Buffers and Map intact',
      JSON.stringify(read?.value) === JSON.stringify(written) &&
        read?.value !== null &&
        'segmentData' in read!.value! &&
        read!.value!.segmentData instanceof Map,
    )
    const ttl = integer(await raw(port, 'PTTL', `clinic-blog:${BUILD_ID}:entry:/blog/a`))
    check('the entry expires with its lifetime (expire 600 s)', ttl > 590_000 && ttl <= 600_000, `PTTL ${ttl}`)

    await new Promise((resolve) => setTimeout(resolve, 5))
    await b.revalidateTag('article:a')
    check('a tag revalidated on B makes the entry a miss on A', (await a.get('/blog/a', PAGE)) === null)
    await a.set('/blog/a', page('<p>v2</p>', 'article:a,_N_T_/blog/a'), PAGE_SET)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await a.revalidateTag('_N_T_/blog/a')
    check(
      'an implicit path tag (revalidatePath) revalidated on A is a miss on B',
      (await b.get('/blog/a', PAGE)) === null,
    )

    const logs = [redisDeliveryLog(storeC), redisDeliveryLog(storeB)]
    const signature = `t=${Date.now()},v1=runner-${Date.now()}`
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => logs[i % 2]!.claimDelivery(signature, Date.now())),
    )
    check(
      '20 concurrent claims of one delivery on two connections: exactly one succeeds',
      claims.filter(Boolean).length === 1,
      `${claims.filter(Boolean).length} succeeded`,
    )
    const pttl = integer(
      await raw(port, 'PTTL', (await raw(port, 'KEYS', 'clinic-blog:delivery:*')).split('\r\n').at(-1) ?? ''),
    )
    check(
      'the claim is remembered for the replay window (35 min with clock skew)',
      pttl > 34 * 60_000 && pttl <= 35 * 60_000,
      `PTTL ${pttl}`,
    )

    await a.set('/faq', page('<p>faq</p>', 'faq'), PAGE_SET)
    // Frozen, not dead: connections stay open and commands go unanswered.
    process.kill(redis.pid, 'SIGSTOP')
    const slow = await timed(() => a.get('/faq', PAGE))
    check(
      'Redis frozen: A serves its local copy after one command timeout',
      slow.result !== null && slow.ms < 1_500,
      `${slow.ms} ms`,
    )
    const slowWrite = await timed(() => b.set('/slow', page('<p>slow</p>', 'slow'), PAGE_SET))
    check('Redis frozen: a write gives up after the command timeout', slowWrite.ms < 1_500, `${slowWrite.ms} ms`)
    process.kill(redis.pid, 'SIGCONT')
    await redis.stop()
    const served = await timed(() => a.get('/faq', PAGE))
    check('Redis killed: A serves its local copy', served.result !== null && served.ms < 1_000, `${served.ms} ms`)
    const missing = await timed(() => b.get('/never-cached', PAGE))
    check(
      'Redis killed: a page B has no copy of is a miss, not an error',
      missing.result === null && missing.ms < 1_000,
      `${missing.ms} ms`,
    )
    const writes = await timed(async () => {
      await a.set('/topics', page('<p>topics</p>', 'topics'), PAGE_SET)
      await a.revalidateTag('faq')
      return a.get('/faq', PAGE)
    })
    check(
      'Redis killed: set and revalidateTag do not throw; A honours its own revalidation',
      writes.result === null && writes.ms < 2_000,
      `${writes.ms} ms`,
    )
    const claimDown = await logs[0]!.claimDelivery(`t=${Date.now()},v1=down`, Date.now())
    check('Redis killed: a genuine delivery is still claimed (fails open to the process log)', claimDown)

    redis = await startRedis(port)
    await eventually('Redis restarted: both instances reconnect', async () => {
      await a.set('/again', page('<p>again</p>', 'again'), PAGE_SET)
      return (await b.get('/again', PAGE)) !== null
    })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await b.revalidateTag('again')
    check('Redis restarted: a revalidation on B reaches A again', (await a.get('/again', PAGE)) === null)
  } finally {
    await redis.stop()
    rmSync(distDir, { recursive: true, force: true })
  }
}

main().then(
  () => {
    console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nall checks passed')
    process.exit(failures.length ? 1 : 0)
  },
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
