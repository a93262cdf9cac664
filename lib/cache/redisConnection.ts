import { createClient } from 'redis'
import { createFailureLog, type FailureLog } from './failureLog'

/** The few Redis commands the cache and the delivery log use; tests give an in-memory fake. */
export interface SharedStore {
  get(key: string): Promise<string | null>
  /** SET with PX when ttlMs is given. */
  set(key: string, value: string, ttlMs?: number): Promise<void>
  /** SET NX PX: true when this call created the key. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>
  delete(key: string): Promise<void>
  hashGet(key: string, fields: string[]): Promise<(string | null)[]>
  hashSet(key: string, values: Record<string, string>): Promise<void>
}

/** A cache page render waits at most this long for one Redis command before doing without it. */
export const COMMAND_TIMEOUT_MS = 500
const MAX_RECONNECT_DELAY_MS = 5_000
const PAUSE_AFTER_FAILURE_MS = 1_000

/** What a guarded call answers when Redis failed or was too slow. */
export const UNAVAILABLE: unique symbol = Symbol('redis unavailable')

export type GuardedStore = {
  /** Runs one store call within the timeout; a failure is logged (once a period), never thrown. */
  attempt<T>(call: (store: SharedStore) => Promise<T>): Promise<T | typeof UNAVAILABLE>
}

export function guardStore(
  store: SharedStore,
  logFailure: FailureLog,
  timeoutMs = COMMAND_TIMEOUT_MS,
  pauseMs = PAUSE_AFTER_FAILURE_MS,
): GuardedStore {
  let pausedUntil = 0
  return {
    async attempt(call) {
      // Right after a failure Redis is not asked at all, so a slow Redis costs one request a timeout,
      // not every request.
      if (Date.now() < pausedUntil) return UNAVAILABLE
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
      })
      try {
        return await Promise.race([call(store), timeout])
      } catch (error) {
        logFailure(error)
        pausedUntil = Date.now() + pauseMs
        return UNAVAILABLE
      } finally {
        clearTimeout(timer)
      }
    },
  }
}

/**
 * A client that never makes a request wait for Redis: commands fail at once while it is
 * disconnected (no offline queue to grow without bound), each command times out, and it reconnects
 * in the background with exponential backoff. Connection errors go to the failure log, so an
 * unreachable Redis is one line a minute, not a crash (an unhandled 'error' event would be one).
 */
export function connectRedis(url: string, logFailure: FailureLog, timeoutMs = COMMAND_TIMEOUT_MS): SharedStore {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: timeoutMs },
    socket: {
      connectTimeout: timeoutMs * 2,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  })
  client.on('error', logFailure)
  // The first requests of a new server wait (at most one timeout) for the first connection rather
  // than finding the client still offline; once settled, this costs nothing.
  const booted = Promise.race([
    client.connect().then(() => undefined, logFailure),
    new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref()),
  ])
  const when = async <T>(command: () => Promise<T>): Promise<T> => {
    await booted
    return command()
  }
  return {
    get: (key) => when(() => client.get(key)),
    set: async (key, value, ttlMs) => {
      await when(() =>
        client.set(key, value, ttlMs ? { expiration: { type: 'PX', value: Math.ceil(ttlMs) } } : undefined),
      )
    },
    setIfAbsent: async (key, value, ttlMs) =>
      (await when(() =>
        client.set(key, value, { condition: 'NX', expiration: { type: 'PX', value: Math.ceil(ttlMs) } }),
      )) === 'OK',
    delete: async (key) => {
      await when(() => client.del(key))
    },
    hashGet: (key, fields) => when(() => client.hmGet(key, fields)),
    hashSet: async (key, values) => {
      await when(() => client.hSet(key, values))
    },
  }
}

const connections = new Map<string, GuardedStore>()

/** One connection per process and URL, shared by the cache handler and the delivery log. */
export function sharedRedis(url: string): GuardedStore {
  let store = connections.get(url)
  if (!store) {
    const logFailure = createFailureLog('Redis unreachable, serving and recording locally')
    store = guardStore(connectRedis(url, logFailure), logFailure)
    connections.set(url, store)
  }
  return store
}
