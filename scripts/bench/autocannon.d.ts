// autocannon 9 ships no type declarations; these cover the part the serve benchmark uses.
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number; total: number }
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string> }
  type Result = {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
