import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { pingRedis } from '@/lib/health/redisPing'
import { freePort } from '@/tooling/freePort'

type Listening = { url: (auth?: string) => string; received: string[]; close: () => Promise<void> }

/** A TCP server on 127.0.0.1 that answers each connection's bytes as `answer` decides (a stand-in for Redis). */
async function listen(answer: (request: string, socket: Socket) => void): Promise<Listening> {
  const received: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    let request = ''
    socket.on('data', (chunk: Buffer) => {
      request += chunk.toString('utf8')
      received.push(request)
      answer(request, socket)
    })
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (auth = '') => `redis://${auth}127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

const PING = '*1\r\n$4\r\nPING\r\n'

describe('pingRedis', () => {
  let redis: Listening | undefined
  afterEach(() => redis?.close())

  it('sends PING in RESP and resolves on +PONG', async () => {
    redis = await listen((request, socket) => void (request === PING && socket.write('+PONG\r\n')))
    await expect(pingRedis(redis.url())).resolves.toBeUndefined()
    expect(redis.received).toEqual([PING])
  })

  it('authenticates first when the URL holds a user and password', async () => {
    const auth = '*3\r\n$4\r\nAUTH\r\n$4\r\nsite\r\n$6\r\ns3cr%t\r\n'
    redis = await listen((request, socket) => void (request === auth + PING && socket.write('+OK\r\n+PONG\r\n')))
    await expect(pingRedis(redis.url('site:s3cr%25t@'))).resolves.toBeUndefined()
  })

  it('reports what Redis refused, without the password', async () => {
    redis = await listen((_, socket) => void socket.write('-WRONGPASS invalid username-password pair\r\n'))
    const ping = pingRedis(redis.url(':hunter2-password@'))
    await expect(ping).rejects.toThrow('Redis answered WRONGPASS invalid username-password pair')
    await expect(ping).rejects.not.toThrow('hunter2')
  })

  it('fails on a port with nothing listening', async () => {
    await expect(pingRedis(`redis://127.0.0.1:${await freePort()}`)).rejects.toThrow('connection failed: ECONNREFUSED')
  })

  it('fails within its timeout when the server never answers', async () => {
    redis = await listen(() => undefined)
    const started = Date.now()
    await expect(pingRedis(redis.url(), 200)).rejects.toThrow('no PONG within 200 ms')
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('fails on an answer that is not PONG, or a connection closed before it', async () => {
    redis = await listen((_, socket) => void socket.write('+HELLO\r\n'))
    await expect(pingRedis(redis.url())).rejects.toThrow('unexpected answer "+HELLO"')
    await redis.close()
    redis = await listen((_, socket) => void socket.end())
    await expect(pingRedis(redis.url())).rejects.toThrow('connection closed before PONG')
  })

  it.each([
    ['not a url', 'REDIS_URL is not a URL'],
    ['http://127.0.0.1:6379', 'REDIS_URL must start with redis:// or rediss://'],
  ])('refuses %s', async (url, message) => {
    await expect(pingRedis(url)).rejects.toThrow(message)
  })
})
