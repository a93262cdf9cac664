import { createConnection } from 'node:net'
import { startServerProcess, type ServerProcess } from '@/tooling/serverProcess'

// Debian's redis-server for the runners that need a real Redis (npm run test:redis, npm run
// test:cluster): loopback only, nothing written to disk.

const REDIS_SERVER = '/usr/bin/redis-server'

export type RedisServer = ServerProcess & { url: string }

/** One RESP command on a fresh socket: the runners inspect Redis without the client under test. */
export function redisCommand(port: number, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(port, '127.0.0.1')
    const request = `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`
    socket.once('error', reject)
    socket.once('data', (data) => {
      resolve(data.toString().trim())
      socket.end()
    })
    socket.write(request)
  })
}

/** redis-server on 127.0.0.1:`port`, in its own process group, once it answers PING. */
export async function startRedis(port: number): Promise<RedisServer> {
  const server = await startServerProcess({
    name: `redis-server on port ${port}`,
    command: REDIS_SERVER,
    args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    ready: async () => (await redisCommand(port, 'PING')) === '+PONG',
    readyTimeoutMs: 5_000,
  })
  return { ...server, url: `redis://127.0.0.1:${port}` }
}
