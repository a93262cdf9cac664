import autocannon from 'autocannon'
import { percentile } from './stats'

export type SteadyLoad = {
  /** Responses per second after the warm-up. */
  rps: number
  p50: number
  p99: number
  max: number
  /** Response bytes per second after the warm-up. */
  bytesPerSecond: number
  /** Non-2xx answers, errors and timeouts over the whole run, warm-up included. */
  failures: number
}

type LoadOptions = {
  url: string
  connections: number
  /** Measured seconds, after the warm-up. */
  seconds: number
  warmUpSeconds?: number
  headers?: Record<string, string>
}

/**
 * Requests per second and latency at a fixed number of connections, from one continuous autocannon
 * run whose first `warmUpSeconds` are not counted: the connections are open and the servers warm
 * when counting starts. The benchmarks used to run a separate warm-up before the measured run (as
 * autocannon's own `warmup` option does). In the measured run's first second some requests then
 * waited up to a second, on nginx as on Next, and a single continuous run shows no such wait: the
 * hand-over between the two runs, not either server. That was about 1% of a run's requests: it set
 * the p99.
 */
export async function steadyLoad({
  url,
  connections,
  seconds,
  warmUpSeconds = 2,
  headers,
}: LoadOptions): Promise<SteadyLoad> {
  const latencies: number[] = []
  let bytes = 0
  let failures = 0
  const run = autocannon({ url, connections, duration: warmUpSeconds + seconds, headers })
  const countFrom = performance.now() + warmUpSeconds * 1000
  run.on('response', (_client, statusCode, responseBytes, responseTime) => {
    if (statusCode < 200 || statusCode > 299) failures += 1
    if (performance.now() < countFrom) return
    latencies.push(responseTime)
    bytes += responseBytes
  })
  const result = await run
  if (latencies.length === 0) throw new Error(`${url}: no response after the ${warmUpSeconds} s warm-up`)
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: percentile(latencies, 1),
    bytesPerSecond: bytes / seconds,
    failures: failures + result.errors + result.timeouts,
  }
}
