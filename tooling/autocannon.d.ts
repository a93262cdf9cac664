// autocannon 9 ships no type declarations; these cover the part the benchmarks and the load
// test (tests/site/load) use.
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number; total: number }
  /** A request, or with setupRequest a recipe for each next one. */
  type Request = {
    method?: string
    path?: string
    headers?: Record<string, string>
    setupRequest?: (request: Request) => Request
  }
  type Options = {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
    requests?: Request[]
  }
  type Result = {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }
  /** A run under way: awaited, its result; meanwhile it reports each response. */
  type Instance = PromiseLike<Result> & {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, responseBytes: number, responseTime: number) => void,
    ): Instance
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
