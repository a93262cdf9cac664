import { lookup } from 'node:dns/promises'
import { readImageInfo } from './imageSize'
import { isPrivateAddress } from './privateAddress'

/** Fetches a remote image; the CLI uses the network, tests serve bytes themselves. */
export type Download = (url: string) => Promise<Buffer>

export interface DownloadLimits {
  /** Gives up on a server that does not answer, or answers too slowly, within this time. */
  timeoutMs: number
  /** A blog image is well under this; anything bigger is a mistake or an attack on memory. */
  maxBytes: number
}

export const DEFAULT_DOWNLOAD_LIMITS: DownloadLimits = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024 }

export interface DownloadNetwork {
  /** --allow-private-hosts: also fetch from loopback and private addresses (an old site on the intranet). */
  allowPrivateHosts: boolean
  /** Every address a host name resolves to; tests answer for names of their own. */
  resolve: (hostname: string) => Promise<string[]>
}

const resolveWithDns = async (hostname: string) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address)

export const DEFAULT_DOWNLOAD_NETWORK: DownloadNetwork = { allowPrivateHosts: false, resolve: resolveWithDns }

// Each redirect is checked like the first URL, so a public host cannot bounce the importer inward.
const MAX_REDIRECTS = 5

// A refusal decided here, told apart from errors of the stream itself.
class TooLarge extends Error {}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/**
 * Downloads an image from an http(s) URL with a timeout, a size cap (checked against the
 * announced length and again while reading, since the header may lie or be absent) and a type
 * check: the server must say `image/*` and the bytes must be a PNG, JPEG, GIF or WebP.
 * Every refusal is an Error whose message says why; the caller turns it into a warning.
 */
export function safeDownload(
  limits: DownloadLimits = DEFAULT_DOWNLOAD_LIMITS,
  fetcher: typeof fetch = fetch,
  network: Partial<DownloadNetwork> = {},
): Download {
  const { allowPrivateHosts, resolve } = { ...DEFAULT_DOWNLOAD_NETWORK, ...network }

  /** The URL, checked: http(s), and (unless allowed) a host whose every address is public. */
  async function checkedUrl(url: string | URL): Promise<URL> {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw new Error('not a URL')
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new Error(`only http and https images are downloaded, not ${parsed.protocol}`)
    if (allowPrivateHosts) return parsed
    let addresses: string[]
    try {
      addresses = await resolve(parsed.hostname.replace(/^\[|\]$/g, ''))
    } catch (error) {
      throw new Error(
        `${parsed.hostname} could not be resolved: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    // Every address: a name resolving to one public and one private address could be sent to either.
    const blocked = addresses.find(isPrivateAddress)
    if (addresses.length === 0 || blocked !== undefined)
      throw new Error(
        `${parsed.hostname} is a private or loopback address (${blocked ?? 'none'}); give --allow-private-hosts to download from it`,
      )
    return parsed
  }

  return async (url) => {
    let target = await checkedUrl(url)
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), limits.timeoutMs)
    try {
      let response: Response
      for (let redirects = 0; ; redirects += 1) {
        try {
          response = await fetcher(target, { signal: controller.signal, redirect: 'manual' })
        } catch (error) {
          if (controller.signal.aborted) throw new Error(`no answer within ${limits.timeoutMs / 1000} s`)
          throw new Error(
            `download failed: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`,
          )
        }
        const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null
        if (!location) break
        await response.body?.cancel()
        if (redirects === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`)
        target = await checkedUrl(new URL(location, target))
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
      if (!type.startsWith('image/')) throw new Error(`served as "${type || 'no content type'}", not as an image`)
      const announced = Number(response.headers.get('content-length'))
      if (announced > limits.maxBytes)
        throw new Error(`${megabytes(announced)} is over the ${megabytes(limits.maxBytes)} limit`)
      if (!response.body) throw new Error('empty response')
      const chunks: Buffer[] = []
      let size = 0
      try {
        const reader = response.body.getReader()
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          const chunk = read.value
          size += chunk.byteLength
          if (size > limits.maxBytes) {
            controller.abort()
            throw new TooLarge(`over the ${megabytes(limits.maxBytes)} limit`)
          }
          chunks.push(Buffer.from(chunk))
        }
      } catch (error) {
        if (error instanceof TooLarge) throw new Error(error.message)
        if (controller.signal.aborted) throw new Error(`not received within ${limits.timeoutMs / 1000} s`)
        throw new Error(`download failed: ${error instanceof Error ? error.message : String(error)}`)
      }
      const bytes = Buffer.concat(chunks)
      if (!readImageInfo(bytes)) throw new Error(`served as ${type} but is not a PNG, JPEG, GIF or WebP image`)
      return bytes
    } finally {
      clearTimeout(timer)
    }
  }
}

/** The download of a run that was not allowed to use the network: every remote image stays a reference. */
export const noDownload: Download = () =>
  Promise.reject(new Error('remote images are not downloaded unless --download-images is given'))
