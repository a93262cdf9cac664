import type { Result } from 'lighthouse'
import { categoryScore, runLighthouse, type FormFactor } from '../../tooling/lighthouse'

/** One Lighthouse performance run on one URL: the figures the benchmarks report. */
export type LighthouseSample = {
  score: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** Every request the page made while Lighthouse watched it, prefetches included. */
  requests: number
  /** Bytes on the wire (headers and compressed bodies) of those requests. */
  transferred: number
  /** The part of `transferred` that is JavaScript. */
  scriptTransferred: number
  /** Requests answered with an error status, as "status URL". */
  failed: string[]
  lcpElement: string
  shifts: string[]
}

export type NumericMetric = Exclude<keyof LighthouseSample, 'failed' | 'lcpElement' | 'shifts'>

function numeric(lhr: Result, audit: string): number {
  const value = lhr.audits[audit]?.numericValue
  if (value === undefined) throw new Error(`Lighthouse reported no ${audit}`)
  return value
}

/** The page elements an audit's details name (the LCP element, the elements that shifted), for diagnosis. */
function describeItems(lhr: Result, audit: string): string[] {
  const result = lhr.audits[audit]
  // Lighthouse 12.2's trace engine fails on some newer Chromium traces; say so rather than "none".
  if (result?.scoreDisplayMode === 'error')
    return [`(Lighthouse could not tell: ${result.errorMessage ?? 'audit failed'})`]
  const snippets: string[] = []
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      const node = value as { type?: unknown; snippet?: unknown; selector?: unknown }
      if (node.type === 'node' && typeof node.snippet === 'string')
        snippets.push(`${node.snippet}${typeof node.selector === 'string' ? ` (${node.selector})` : ''}`)
      else Object.values(value).forEach(walk)
    }
  }
  walk(result?.details)
  return snippets
}

type NetworkRequest = {
  url: string
  protocol?: string
  transferSize?: number
  resourceType?: string
  statusCode?: number
}

/**
 * What the phone downloaded, from the network-requests audit: every request of any type (link
 * prefetches, RSC prefetches, fonts, the favicon) until Lighthouse stopped watching, so bytes and
 * request count come from one list. data: and blob: URLs are not downloads (total-byte-weight
 * leaves them out too), so they are not counted.
 */
function network(lhr: Result): Pick<LighthouseSample, 'requests' | 'transferred' | 'scriptTransferred' | 'failed'> {
  const details = lhr.audits['network-requests']?.details
  if (details?.type !== 'table') throw new Error('Lighthouse reported no network-requests table')
  const requests = (details.items as NetworkRequest[]).filter(
    (request) => !/^(data|blob)$/.test(request.protocol ?? '') && !/^(data|blob):/.test(request.url),
  )
  const size = (request: NetworkRequest) => request.transferSize ?? 0
  return {
    requests: requests.length,
    transferred: requests.reduce((sum, request) => sum + size(request), 0),
    scriptTransferred: requests
      .filter((request) => request.resourceType === 'Script')
      .reduce((sum, request) => sum + size(request), 0),
    failed: requests
      .filter((request) => (request.statusCode ?? 0) >= 400)
      .map((request) => `${request.statusCode} ${request.url}`),
  }
}

/** One performance run in a fresh Chromium, at Lighthouse's default throttling for the form factor. */
export async function lighthouseSample(url: string, formFactor: FormFactor): Promise<LighthouseSample> {
  const lhr = await runLighthouse(url, { categories: ['performance'], formFactor })
  return {
    score: categoryScore(lhr, 'performance'),
    fcp: numeric(lhr, 'first-contentful-paint'),
    lcp: numeric(lhr, 'largest-contentful-paint'),
    tbt: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    ...network(lhr),
    lcpElement: describeItems(lhr, 'largest-contentful-paint-element')[0] ?? 'unknown',
    shifts: describeItems(lhr, 'layout-shifts'),
  }
}
