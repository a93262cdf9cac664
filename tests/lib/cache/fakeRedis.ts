import type { SharedStore } from '@/lib/cache/redisConnection'

export type FakeRedisMode = 'up' | 'down' | 'slow'

/** The commands of SharedStore over a Map, with Redis's TTLs (on Date.now) and an outage switch. */
export function fakeRedis() {
  const strings = new Map<string, { value: string; expiresAt: number }>()
  const hashes = new Map<string, Map<string, string>>()
  const state = { mode: 'up' as FakeRedisMode, calls: 0 }

  // Every command passes here: refused while down, never answered while slow.
  function command<T>(run: () => T): Promise<T> {
    state.calls++
    if (state.mode === 'down') return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379'))
    if (state.mode === 'slow') return new Promise<T>(() => {})
    return Promise.resolve(run())
  }
  function live(key: string) {
    const entry = strings.get(key)
    if (entry && entry.expiresAt <= Date.now()) strings.delete(key)
    return strings.get(key)
  }

  const store: SharedStore = {
    get: (key) => command(() => live(key)?.value ?? null),
    set: (key, value, ttlMs) =>
      command(() => void strings.set(key, { value, expiresAt: ttlMs ? Date.now() + ttlMs : Infinity })),
    setIfAbsent: (key, value, ttlMs) =>
      command(() => {
        if (live(key)) return false
        strings.set(key, { value, expiresAt: Date.now() + ttlMs })
        return true
      }),
    delete: (key) => command(() => void strings.delete(key)),
    hashGet: (key, fields) => command(() => fields.map((field) => hashes.get(key)?.get(field) ?? null)),
    hashSet: (key, values) =>
      command(() => {
        const hash = hashes.get(key) ?? new Map<string, string>()
        for (const [field, value] of Object.entries(values)) hash.set(field, value)
        hashes.set(key, hash)
      }),
  }
  return { store, state, ttlOf: (key: string) => (live(key)?.expiresAt ?? NaN) - Date.now() }
}
