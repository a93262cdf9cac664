import { connect as connectTcp, type Socket } from 'node:net'
import { connect as connectTls } from 'node:tls'

/** How long readiness waits for Redis: a healthy one answers in about a millisecond. */
export const REDIS_PING_TIMEOUT_MS = 500

/** One command in RESP, Redis's wire protocol: an array of bulk strings. */
function respCommand(...args: string[]): string {
  return `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`
}

/**
 * Sends PING (after AUTH when the URL holds a password) over a plain TCP or TLS (rediss://)
 * connection and resolves on +PONG. No client library: readiness stays independent of the cache
 * client it checks on. Rejects naming what went wrong, never with the password.
 */
export function pingRedis(redisUrl: string, timeoutMs = REDIS_PING_TIMEOUT_MS): Promise<void> {
  if (!URL.canParse(redisUrl)) return Promise.reject(new Error('REDIS_URL is not a URL'))
  const url = new URL(redisUrl)
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    return Promise.reject(new Error('REDIS_URL must start with redis:// or rediss://'))
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || 'localhost'
  const port = Number(url.port || 6379)
  const username = decodeURIComponent(url.username)
  const password = decodeURIComponent(url.password)
  const auth = password ? [respCommand('AUTH', ...(username ? [username, password] : [password]))] : []
  const expected = [...auth.map(() => '+OK'), '+PONG']

  return new Promise((resolve, reject) => {
    let settled = false
    let received = ''
    const socket: Socket =
      url.protocol === 'rediss:' ? connectTls({ host, port, servername: host }) : connectTcp({ host, port })
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      if (error) reject(error)
      else resolve()
    }
    const timer = setTimeout(() => finish(new Error(`no PONG within ${timeoutMs} ms`)), timeoutMs)
    socket.once(url.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => {
      socket.write(auth.join('') + respCommand('PING'))
    })
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8')
      const lines = received.split('\r\n').slice(0, -1)
      const refusal = lines.find((line) => line.startsWith('-'))
      if (refusal) return finish(new Error(`Redis answered ${refusal.slice(1)}`))
      if (lines.length < expected.length) return
      const answered = lines.every((line, index) => line === expected[index])
      finish(answered ? undefined : new Error(`unexpected answer ${JSON.stringify(lines.join(' ').slice(0, 80))}`))
    })
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish(new Error(`connection failed: ${error.code ?? error.message}`)),
    )
    socket.on('close', () => finish(new Error('connection closed before PONG')))
  })
}
