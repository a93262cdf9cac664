import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parse } from 'groq-js'
import { z } from 'zod'
import { createIndexedSource } from '@/lib/groq-index'

/**
 * A local stand-in for Sanity's Content Lake HTTP API, with groq-js (Sanity's own GROQ engine)
 * behind it, so code under test talks to it through the real @sanity/client. Queries go through
 * lib/groq-index over each perspective's documents, indexed once per state of the store: the
 * Content Lake answers from indexes, and with scanning a build of a thousand-article site had not
 * finished after ten minutes here. The index answers exactly as groq-js does (tests/lib/groq-index).
 *
 *   createClient({ projectId: 'test', dataset: server.dataset, apiVersion: '2025-02-19',
 *                  apiHost: server.url, useProjectHostname: false, useCdn: false, token: server.token })
 *
 * It speaks GET/POST /v<apiVersion>/data/query/<dataset> (with $param=JSON and
 * perspective=published|drafts|raw), GET /v<apiVersion>/data/doc/<dataset>/<ids>,
 * POST /v<apiVersion>/data/mutate/<dataset> (createOrReplace,
 * createIfNotExists, create, patch, delete; all-or-nothing per transaction) and
 * POST /v<apiVersion>/assets/images/<dataset>. Failures can be injected for reliability tests.
 */

export interface StoredDocument {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [field: string]: unknown
}

export type Perspective = 'published' | 'drafts' | 'raw'

/** A failure served instead of (or before) the real answer, for the next `times` matching requests. */
export type Failure =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'delay'; ms: number }
  | { kind: 'malformed' }
  | { kind: 'hangup' }

export interface RecordedRequest {
  method: string
  path: string
  search: URLSearchParams
  authorization: string | undefined
  body: string
}

export interface ContentLakeServer {
  url: string
  dataset: string
  token: string
  requests: RecordedRequest[]
  /** Documents as stored (every id, drafts and versions included), sorted by id. */
  documents: () => StoredDocument[]
  seed: (documents: StoredDocument[]) => void
  /** Serves `failure` for the next `times` requests whose path matches `endpoint` (`query`, `mutate` or `assets`). */
  inject: (failure: Failure, options?: { endpoint?: 'query' | 'mutate' | 'assets'; times?: number }) => void
  /** Drops every injected failure not served yet: the Content Lake is healthy again. */
  clearFailures: () => void
  close: () => Promise<void>
}

const mutationSchema = z.union([
  z.object({ createOrReplace: z.looseObject({ _id: z.string(), _type: z.string() }) }),
  z.object({ createIfNotExists: z.looseObject({ _id: z.string(), _type: z.string() }) }),
  z.object({ create: z.looseObject({ _id: z.string().optional(), _type: z.string() }) }),
  z.object({ delete: z.object({ id: z.string() }) }),
  z.object({
    patch: z.object({
      id: z.string(),
      ifRevisionID: z.string().optional(),
      set: z.record(z.string(), z.unknown()).optional(),
      setIfMissing: z.record(z.string(), z.unknown()).optional(),
      unset: z.array(z.string()).optional(),
      inc: z.record(z.string(), z.number()).optional(),
      dec: z.record(z.string(), z.number()).optional(),
    }),
  }),
])
const mutateBodySchema = z.object({ mutations: z.array(mutationSchema), transactionId: z.string().optional() })
const queryBodySchema = z.object({ query: z.string(), params: z.record(z.string(), z.unknown()).optional() })

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    description: string,
  ) {
    super(description)
  }
}

const isDraft = (id: string) => id.startsWith('drafts.')
const isVersion = (id: string) => id.startsWith('versions.')
const publishedId = (id: string) => id.replace(/^drafts\./, '')

/** What a query sees: the published perspective hides drafts and versions; drafts overlays drafts on published. */
export function visibleDocuments(stored: StoredDocument[], perspective: Perspective): StoredDocument[] {
  if (perspective === 'raw') return stored
  const published = stored.filter((document) => !isDraft(document._id) && !isVersion(document._id))
  if (perspective === 'published') return published
  const byId = new Map(published.map((document) => [document._id, document]))
  for (const draft of stored.filter((document) => isDraft(document._id))) {
    byId.set(publishedId(draft._id), { ...draft, _id: publishedId(draft._id), _originalId: draft._id })
  }
  return [...byId.values()].sort((a, b) => a._id.localeCompare(b._id))
}

function setPath(target: Record<string, unknown>, path: string, value: unknown, onlyIfMissing: boolean): void {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    const next = node[key]
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  const last = keys.at(-1) as string
  if (!onlyIfMissing || node[last] === undefined) node[last] = value
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      target,
    )
}

function unsetPath(target: Record<string, unknown>, path: string): void {
  const keys = path.split('.')
  const owner = keys.length === 1 ? target : getPath(target, keys.slice(0, -1).join('.'))
  if (owner !== null && typeof owner === 'object') delete (owner as Record<string, unknown>)[keys.at(-1) as string]
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'httpBadRequest', 'Body is not valid JSON')
  }
}

function imageSize(bytes: Buffer): { width: number; height: number; extension: string } {
  if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47)
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), extension: 'png' }
  throw new HttpError(400, 'assetError', 'Only PNG uploads are supported by the test server')
}

export async function startContentLakeServer(
  // clockStart: when the server's clock (for _createdAt/_updatedAt) begins; a fixed past date by
  // default, now for queries that compare _updatedAt with now() (preview-URL secrets expire in an hour).
  options: { dataset?: string; token?: string; clockStart?: number } = {},
): Promise<ContentLakeServer> {
  const dataset = options.dataset ?? 'production'
  // As long as a real token: the importer and the seed check its shape before they write.
  const token = options.token ?? 'test-write-token-for-the-local-lake'
  const store = new Map<string, StoredDocument>()
  const requests: RecordedRequest[] = []
  const failures: Array<{ failure: Failure; endpoint: string | undefined; remaining: number }> = []
  let revision = 0
  let clock = options.clockStart ?? Date.parse('2024-01-01T00:00:00Z')
  // Each perspective's documents, kept until the store changes, so their index is built once.
  const views = new Map<Perspective, StoredDocument[]>()
  const viewOf = (perspective: Perspective): StoredDocument[] => {
    let view = views.get(perspective)
    if (!view) {
      view = visibleDocuments([...store.values()], perspective)
      views.set(perspective, view)
    }
    return view
  }

  const stamp = (document: StoredDocument, existing: StoredDocument | undefined): StoredDocument => {
    revision += 1
    clock += 1000
    const now = new Date(clock).toISOString()
    return { ...document, _rev: `rev${revision}`, _createdAt: existing?._createdAt ?? now, _updatedAt: now }
  }

  const requireToken = (request: RecordedRequest) => {
    if (request.authorization !== `Bearer ${token}`)
      throw new HttpError(401, 'unauthorized', 'Unauthorized - Session not found')
  }

  const query = async (request: RecordedRequest): Promise<unknown> => {
    let groq = request.search.get('query') ?? ''
    const params: Record<string, unknown> = {}
    for (const [name, value] of request.search) if (name.startsWith('$')) params[name.slice(1)] = parseJson(value)
    if (request.method === 'POST') {
      const body = queryBodySchema.safeParse(parseJson(request.body))
      if (!body.success) throw new HttpError(400, 'queryParseError', 'Body must be {query, params}')
      groq = body.data.query
      Object.assign(params, body.data.params ?? {})
    }
    const apiVersion = request.path.split('/')[1] ?? 'v1'
    const fallback: Perspective = apiVersion.slice(1) >= '2025-02-19' ? 'published' : 'raw'
    const perspective = z.enum(['published', 'drafts', 'raw']).safeParse(request.search.get('perspective') ?? fallback)
    if (!perspective.success)
      throw new HttpError(400, 'invalidPerspective', 'perspective must be published, drafts or raw')
    if (perspective.data !== 'published') requireToken(request)
    const started = Date.now()
    try {
      // Checked here, so a malformed query answers 400 as the Content Lake does, not 500.
      parse(groq, { params })
    } catch (error) {
      throw new HttpError(400, 'queryParseError', error instanceof Error ? error.message : String(error))
    }
    const result: unknown = await createIndexedSource(viewOf(perspective.data)).fetch(groq, params)
    return { ms: Date.now() - started, query: groq, result }
  }

  const mutate = (request: RecordedRequest): unknown => {
    requireToken(request)
    const body = mutateBodySchema.safeParse(parseJson(request.body))
    if (!body.success) throw new HttpError(400, 'mutationError', z.prettifyError(body.error))
    // All or nothing: the transaction works on a copy that replaces the store only if every mutation succeeds.
    const next = new Map(store)
    const results: Array<{ id: string; operation: 'create' | 'update' | 'delete' | 'none' }> = []
    for (const mutation of body.data.mutations) {
      if ('createOrReplace' in mutation) {
        const existing = next.get(mutation.createOrReplace._id)
        next.set(mutation.createOrReplace._id, stamp(mutation.createOrReplace, existing))
        results.push({ id: mutation.createOrReplace._id, operation: existing ? 'update' : 'create' })
      } else if ('createIfNotExists' in mutation) {
        const { _id } = mutation.createIfNotExists
        const existed = next.has(_id)
        if (!existed) next.set(_id, stamp(mutation.createIfNotExists, undefined))
        results.push({ id: _id, operation: existed ? 'none' : 'create' })
      } else if ('create' in mutation) {
        const id = mutation.create._id ?? createHash('sha1').update(`${revision}-${clock}`).digest('hex').slice(0, 22)
        if (next.has(id)) throw new HttpError(409, 'mutationError', `Document by ID "${id}" already exists`)
        next.set(id, stamp({ ...mutation.create, _id: id }, undefined))
        results.push({ id, operation: 'create' })
      } else if ('delete' in mutation) {
        const existed = next.delete(mutation.delete.id)
        results.push({ id: mutation.delete.id, operation: existed ? 'delete' : 'none' })
      } else {
        const { id, ifRevisionID, set, setIfMissing, unset, inc, dec } = mutation.patch
        const existing = next.get(id)
        if (!existing) throw new HttpError(409, 'mutationError', `Document "${id}" not found`)
        if (ifRevisionID && existing._rev !== ifRevisionID)
          throw new HttpError(
            409,
            'mutationError',
            `Document "${id}" has unexpected revision ID ("${existing._rev}"), expected "${ifRevisionID}"`,
          )
        const patched: StoredDocument = structuredClone(existing)
        for (const [path, value] of Object.entries(setIfMissing ?? {})) setPath(patched, path, value, true)
        for (const [path, value] of Object.entries(set ?? {})) setPath(patched, path, value, false)
        for (const path of unset ?? []) unsetPath(patched, path)
        for (const [path, by] of Object.entries(inc ?? {}))
          setPath(patched, path, Number(getPath(patched, path) ?? 0) + by, false)
        for (const [path, by] of Object.entries(dec ?? {}))
          setPath(patched, path, Number(getPath(patched, path) ?? 0) - by, false)
        next.set(id, stamp(patched, existing))
        results.push({ id, operation: 'update' })
      }
    }
    store.clear()
    for (const [id, document] of next) store.set(id, document)
    views.clear()
    return {
      transactionId: body.data.transactionId ?? `tx${revision}`,
      results,
      documentIds: results.map((result) => result.id),
    }
  }

  const uploadImage = (request: RecordedRequest, bytes: Buffer): unknown => {
    requireToken(request)
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const { width, height, extension } = imageSize(bytes)
    const id = `image-${sha1}-${width}x${height}-${extension}`
    const document: StoredDocument = {
      _id: id,
      _type: 'sanity.imageAsset',
      assetId: sha1,
      sha1hash: sha1,
      extension,
      mimeType: `image/${extension}`,
      size: bytes.length,
      originalFilename: request.search.get('filename') ?? undefined,
      url: `https://cdn.sanity.io/images/test/${dataset}/${sha1}-${width}x${height}.${extension}`,
      path: `images/test/${dataset}/${sha1}-${width}x${height}.${extension}`,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      },
    }
    const stored = store.get(id) ?? stamp(document, undefined)
    store.set(id, stored)
    views.clear()
    return { document: stored }
  }

  const route = async (request: RecordedRequest, bytes: Buffer): Promise<unknown> => {
    const doc = /^\/v[^/]+\/data\/doc\/([^/]+)\/([^/]+)$/.exec(request.path)
    if (doc && request.method === 'GET' && doc[1] === dataset) {
      const ids = decodeURIComponent(doc[2] as string).split(',')
      if (ids.some((id) => isDraft(id) || isVersion(id))) requireToken(request)
      return {
        documents: ids.flatMap((id) => store.get(id) ?? []),
        omitted: ids.filter((id) => !store.has(id)).map((id) => ({ id, reason: 'existence' })),
      }
    }
    const match = /^\/v[^/]+\/(data\/query|data\/mutate|assets\/images)\/([^/]+)$/.exec(request.path)
    if (!match) throw new HttpError(404, 'notFound', `No route for ${request.method} ${request.path}`)
    if (match[2] !== dataset) throw new HttpError(404, 'notFound', `Dataset "${match[2]}" not found`)
    if (match[1] === 'data/query' && (request.method === 'GET' || request.method === 'POST')) return query(request)
    if (match[1] === 'data/mutate' && request.method === 'POST') return mutate(request)
    if (match[1] === 'assets/images' && request.method === 'POST') return uploadImage(request, bytes)
    throw new HttpError(405, 'methodNotAllowed', `${request.method} not allowed`)
  }

  const takeFailure = (path: string): Failure | undefined => {
    const index = failures.findIndex(
      ({ endpoint }) => !endpoint || path.includes(endpoint === 'assets' ? '/assets/' : `/data/${endpoint}/`),
    )
    const entry = failures[index]
    if (!entry) return undefined
    entry.remaining -= 1
    if (entry.remaining <= 0) failures.splice(index, 1)
    return entry.failure
  }

  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    response.end(JSON.stringify(body))
  }

  const server = createServer((incoming, response) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', 'http://localhost')
      const bytes = await readBody(incoming)
      const request: RecordedRequest = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        search: url.searchParams,
        authorization: incoming.headers.authorization,
        body: bytes.toString('utf8'),
      }
      requests.push(request)
      const failure = takeFailure(request.path)
      if (failure?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, failure.ms))
      if (failure?.kind === 'hangup') return void incoming.socket.destroy()
      if (failure?.kind === 'malformed') {
        response.writeHead(200, { 'content-type': 'application/json' })
        return void response.end('{"result": [unterminated')
      }
      if (failure?.kind === 'status')
        return send(
          response,
          failure.status,
          failure.body ?? { error: { type: 'injected', description: `Injected ${failure.status}` } },
          failure.headers,
        )
      try {
        send(response, 200, await route(request, bytes))
      } catch (error) {
        if (error instanceof HttpError)
          send(response, error.status, {
            error: { type: error.type, description: error.message },
            statusCode: error.status,
            message: error.message,
          })
        else
          send(response, 500, {
            error: { type: 'internal', description: error instanceof Error ? error.message : String(error) },
          })
      }
    })()
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    dataset,
    token,
    requests,
    documents: () => [...store.values()].sort((a, b) => a._id.localeCompare(b._id)),
    seed: (documents) => {
      documents.forEach((document) => store.set(document._id, stamp(document, store.get(document._id))))
      views.clear()
    },
    inject: (failure, { endpoint, times = 1 } = {}) => failures.push({ failure, endpoint, remaining: times }),
    clearFailures: () => void failures.splice(0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
