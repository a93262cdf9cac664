/**
 * How the digest a page's error boundary receives starts when content could not be fetched.
 * Next keeps a digest an error already has, and in production a boundary sees only the digest,
 * so this is how app/(site)/error.tsx knows to say "temporarily unavailable".
 */
export const CONTENT_UNAVAILABLE_DIGEST = 'CONTENT_UNAVAILABLE'

/** True for the digest of a ContentUnavailableError, as an error boundary receives it. */
export function isContentUnavailableDigest(digest: string | undefined): boolean {
  return Boolean(digest?.startsWith(`${CONTENT_UNAVAILABLE_DIGEST};`))
}

const QUERY_PREVIEW_LENGTH = 100

/** A query as one short line: enough to recognise which getter ran it. */
function describeQuery(query: string, params: Record<string, unknown>): string {
  const oneLine = query.replace(/\s+/g, ' ').trim()
  const preview = oneLine.length > QUERY_PREVIEW_LENGTH ? `${oneLine.slice(0, QUERY_PREVIEW_LENGTH)}…` : oneLine
  return Object.keys(params).length > 0 ? `${preview} with ${JSON.stringify(params)}` : preview
}

type ErrorLike = { name?: unknown; message: string; statusCode?: unknown; code?: unknown; cause?: unknown }

// Duck-typed: fetch() errors come from Node's own realm, where `instanceof Error` can be false.
function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as ErrorLike).message === 'string'
}

/**
 * What went wrong, in one line: an HTTP status, a timeout, a refused connection, unparsable
 * JSON. fetch() hides the network reason in `cause` ("fetch failed"), so causes are followed.
 */
function describeFailure(error: unknown, depth = 0): string {
  if (!isErrorLike(error)) return String(error)
  const status = typeof error.statusCode === 'number' ? `HTTP ${error.statusCode}: ` : ''
  const name = typeof error.name === 'string' && error.name !== 'Error' ? `${error.name}: ` : ''
  const code = typeof error.code === 'string' ? ` [${error.code}]` : ''
  const cause = error.cause !== undefined && depth < 3 ? ` (${describeFailure(error.cause, depth + 1)})` : ''
  return `${status}${name}${error.message}${code}${cause}`
}

/**
 * The Content Lake could not answer a query (timeout, 5xx, malformed response, network).
 * Thrown instead of returning nothing, so a build fails naming the query rather than publishing
 * empty pages, and a cached page keeps its last good version rather than being replaced.
 */
export class ContentUnavailableError extends Error {
  // Unique per failure: Next treats two errors with one digest in a render as the same error.
  readonly digest = `${CONTENT_UNAVAILABLE_DIGEST};${crypto.randomUUID().slice(0, 8)}`

  constructor(query: string, params: Record<string, unknown>, tags: string[], cause: unknown) {
    super(
      `Content Lake query failed [${tags.join(', ')}]: ${describeQuery(query, params)}: ${describeFailure(cause)}`,
      { cause },
    )
    this.name = 'ContentUnavailableError'
  }
}

/**
 * True for a ContentUnavailableError, as thrown in this process or as an error boundary receives
 * it (only its digest survives the trip to the browser).
 */
export function isContentUnavailable(error: unknown): boolean {
  if (error instanceof ContentUnavailableError) return true
  const digest = typeof error === 'object' && error !== null ? (error as { digest?: unknown }).digest : undefined
  return typeof digest === 'string' && isContentUnavailableDigest(digest)
}
