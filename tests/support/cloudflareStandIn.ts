import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

// A stand-in for Cloudflare's purge API on 127.0.0.1, for the purge adapter's tests and the webhook's.

/** A zone id and an API token of the shapes lib/env/cdnEnv.ts accepts. */
export const ZONE = '023e105f4ecef8ad9ca31a8372d0c353'
export const TOKEN = 'cf-test-token-0123456789abcdefghijklmnopqrs'
export const PURGED = { success: true, errors: [], messages: [], result: { id: ZONE } }

export type Scripted = { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
export type Received = { method: string; path: string; authorization: string | undefined; tags: string[] }

/** A stand-in for Cloudflare's API on 127.0.0.1: answers from a script, then with success. */
export interface StandIn {
  base: string
  received: Received[]
  script: (...answers: Scripted[]) => void
  close: () => Promise<void>
}

export async function startStandIn(): Promise<StandIn> {
  const received: Received[] = []
  const answers: Scripted[] = []
  const server: Server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      const { tags } = JSON.parse(body) as { tags: string[] }
      received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        authorization: request.headers.authorization,
        tags,
      })
      const answer = answers.shift() ?? { status: 200, body: PURGED }
      setTimeout(() => {
        response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
        response.end(JSON.stringify(answer.body ?? {}))
      }, answer.delayMs ?? 0)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}/client/v4`,
    received,
    script: (...scripted) => answers.push(...scripted),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
