/**
 * npm run test:load [-- --duration 10] [--connections 100]: starts the production build
 * (NEXT_DIST_DIR, default .next) and drives it with autocannon, run as its own process on
 * loopback, with a random, weighted mix of article, index, search and 404 requests (routes.ts),
 * after a short warm-up under the same load. Passes when there was no connection error, no
 * timeout (10 s, autocannon's default) and no 5xx, every route answered as expected before and
 * after, and the server's memory stayed near its warmed-up size. Reports throughput, latency and
 * the server's resident memory (start, peak, end). Bounded: it stops by itself after the duration.
 * LOAD_PORT pins the port.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { z } from 'zod'
import { portFor } from '@/tooling/freePort'
import { startSite, type Site } from '@/tooling/nextSite'
import { loadRoutes, weightedPaths, type Route } from './routes'
import { megabytes, treeRss } from './rss'

// Memory is measured from the end of a short warm-up under the same load, once Next's in-memory
// page cache, the JIT and V8's heap have grown to their working size; after that a server that
// does not leak stays near it, while a leak grows with every request.
const WARM_UP_SECONDS = 5
const RSS_GROWTH_LIMIT = 1.25
const RSS_SLACK_BYTES = 64 * 1024 * 1024

const resultSchema = z.looseObject({
  requests: z.object({ total: z.number(), average: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number(), max: z.number() }),
  errors: z.number(),
  timeouts: z.number(),
  '2xx': z.number(),
  '4xx': z.number(),
  '5xx': z.number(),
  statusCodeStats: z.record(z.string(), z.object({ count: z.number() })).optional(),
})
type LoadResult = z.infer<typeof resultSchema>

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`)
  return value
}

/**
 * Each route answers as it should: run before (which also warms every page) and after the load.
 * Also reports how long each took, one request at a time: what a route costs the server.
 */
async function checkRoutes(site: Site, routes: Route[], when: string): Promise<{ problems: string[]; costs: string }> {
  const problems: string[] = []
  const costs: string[] = []
  for (const route of routes) {
    const started = performance.now()
    const response = await fetch(`${site.origin}${route.path}`, { signal: AbortSignal.timeout(30_000) })
    await response.arrayBuffer()
    costs.push(`${route.path} ${Math.round(performance.now() - started)} ms`)
    if (response.status !== route.status)
      problems.push(`${when}: ${route.path} answered ${response.status}, expected ${route.status}`)
  }
  return { problems, costs: costs.join(', ') }
}

/** Runs autocannon (tests/site/load/fire.ts) as a separate process, killed if it outlives the duration by a minute. */
function autocannon(origin: string, routes: Route[], connections: number, duration: number): Promise<LoadResult> {
  const config = JSON.stringify({ origin, connections, duration, paths: weightedPaths(routes) })
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(process.cwd(), 'tests/site/load/fire.ts'), config],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const watchdog = setTimeout(() => child.kill('SIGKILL'), (duration + 60) * 1000)
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      clearTimeout(watchdog)
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr}`))
      try {
        resolve(resultSchema.parse(JSON.parse(stdout)))
      } catch (error) {
        reject(
          new Error(`autocannon's report could not be read (${(error as Error).message}): ${stdout.slice(0, 500)}`),
        )
      }
    }),
  )
}

async function main(): Promise<number> {
  const duration = option('duration', 30)
  const connections = option('connections', 100)
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  const site = await startSite({ distDir, port: await portFor(process.env.LOAD_PORT) })
  try {
    const routes = await loadRoutes(site.origin)
    const problems = (await checkRoutes(site, routes, 'before the load')).problems
    console.log(`One request at a time, warm: ${(await checkRoutes(site, routes, 'warm')).costs}`)

    await autocannon(site.origin, routes, connections, WARM_UP_SECONDS)
    const startRss = treeRss(site.pid)
    let peakRss = startRss
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(site.pid))), 1000)
    const mix = routes.map((route) => `${route.path}${route.weight > 1 ? ` ×${route.weight}` : ''}`).join(', ')
    console.log(`Load: ${connections} connections for ${duration} s on ${site.origin} (${distDir}/): ${mix}`)
    const result = await autocannon(site.origin, routes, connections, duration).finally(() => clearInterval(sampler))
    // Let in-flight work (background revalidation, GC) finish before the last reading.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const endRss = treeRss(site.pid)

    const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${code}: ${count}`)
    console.log(
      `Requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s); status ${codes.join(', ')}; errors ${result.errors}, timeouts ${result.timeouts}`,
    )
    console.log(`Latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`)
    console.log(
      `Server memory (RSS): start ${megabytes(startRss)} (after a ${WARM_UP_SECONDS} s warm-up), peak ${megabytes(peakRss)}, end ${megabytes(endRss)}`,
    )

    if (result.requests.total === 0) problems.push('no request was answered')
    if (result.errors > 0) problems.push(`${result.errors} connection errors`)
    if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`)
    if (result['5xx'] > 0) problems.push(`${result['5xx']} responses were 5xx`)
    if (endRss > startRss * RSS_GROWTH_LIMIT + RSS_SLACK_BYTES)
      problems.push(`memory grew from ${megabytes(startRss)} to ${megabytes(endRss)}`)
    problems.push(...(await checkRoutes(site, routes, 'after the load')).problems)
    if (/\b(Error|Unhandled)\b/.test(site.output()))
      problems.push(`the server logged errors:\n${site.output().slice(-2000)}`)

    for (const problem of problems) console.log(`FAIL ${problem}`)
    console.log(problems.length === 0 ? 'load: passed' : `load: ${problems.length} problem(s)`)
    return problems.length === 0 ? 0 : 1
  } finally {
    await site.stop()
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
