/* eslint-disable */
// Generated from lib/cache/redisCacheHandler.ts by `node --import tsx lib/cache/bundleHandler.ts`:
// edit the TypeScript, then run that (its --check, run by tests/lib/cache/bundleHandler.test.ts, fails while this is stale).
'use strict'
var __defProp = Object.defineProperty
var __getOwnPropDesc = Object.getOwnPropertyDescriptor
var __getOwnPropNames = Object.getOwnPropertyNames
var __hasOwnProp = Object.prototype.hasOwnProperty
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true })
}
var __copyProps = (to, from, except, desc) => {
  if ((from && typeof from === 'object') || typeof from === 'function') {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, {
          get: () => from[key],
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable,
        })
  }
  return to
}
var __toCommonJS = (mod) => __copyProps(__defProp({}, '__esModule', { value: true }), mod)

// lib/cache/redisCacheHandler.ts
var redisCacheHandler_exports = {}
__export(redisCacheHandler_exports, {
  cacheHandlerDeps: () => cacheHandlerDeps,
  createCacheHandler: () => createCacheHandler,
  default: () => redisCacheHandler_default,
})
module.exports = __toCommonJS(redisCacheHandler_exports)
var import_node_fs = require('node:fs')
var import_node_path = require('node:path')

// lib/cache/localCopy.ts
var LocalCopy = class {
  constructor(maxBytes) {
    this.maxBytes = maxBytes
  }
  maxBytes
  entries = /* @__PURE__ */ new Map()
  bytes = 0
  get(key) {
    const entry = this.entries.get(key)
    if (!entry) return void 0
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }
  set(key, value, size) {
    this.delete(key)
    if (size > this.maxBytes) return
    this.entries.set(key, { value, size })
    this.bytes += size
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= entry.size
    }
  }
  delete(key) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.size
  }
}

// lib/cache/redisConnection.ts
var import_redis = require('redis')

// lib/cache/failureLog.ts
function createFailureLog(what, periodMs = 6e4, now = Date.now) {
  let loggedAt = -Infinity
  let unlogged = 0
  return (error) => {
    unlogged++
    if (now() - loggedAt < periodMs) return
    const message = error instanceof Error ? error.message : String(error)
    const more = unlogged > 1 ? ` (${unlogged} failures since the last report)` : ''
    console.error(`[cache] ${what}: ${message}${more}`)
    loggedAt = now()
    unlogged = 0
  }
}

// lib/cache/redisConnection.ts
var COMMAND_TIMEOUT_MS = 500
var MAX_RECONNECT_DELAY_MS = 5e3
var PAUSE_AFTER_FAILURE_MS = 1e3
var UNAVAILABLE = /* @__PURE__ */ Symbol('redis unavailable')
function guardStore(store, logFailure, timeoutMs = COMMAND_TIMEOUT_MS, pauseMs = PAUSE_AFTER_FAILURE_MS) {
  let pausedUntil = 0
  return {
    async attempt(call) {
      if (Date.now() < pausedUntil) return UNAVAILABLE
      let timer
      const timeout = new Promise((_, reject) => {
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
function connectRedis(url, logFailure, timeoutMs = COMMAND_TIMEOUT_MS) {
  const client = (0, import_redis.createClient)({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: timeoutMs },
    socket: {
      connectTimeout: timeoutMs * 2,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  })
  client.on('error', logFailure)
  const booted = Promise.race([
    client.connect().then(() => void 0, logFailure),
    new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
  ])
  const when = async (command) => {
    await booted
    return command()
  }
  return {
    get: (key) => when(() => client.get(key)),
    set: async (key, value, ttlMs) => {
      await when(() => client.set(key, value, ttlMs ? { expiration: { type: 'PX', value: Math.ceil(ttlMs) } } : void 0))
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
var connections = /* @__PURE__ */ new Map()
function sharedRedis(url) {
  let store = connections.get(url)
  if (!store) {
    const logFailure = createFailureLog('Redis unreachable, serving and recording locally')
    store = guardStore(connectRedis(url, logFailure), logFailure)
    connections.set(url, store)
  }
  return store
}

// lib/cache/serializeEntry.ts
var BUFFER = '$buffer'
var MAP = '$map'
function serializeEntry(value) {
  return JSON.stringify(value, function (key, replaced) {
    const original = this[key]
    if (original instanceof Uint8Array) return { [BUFFER]: Buffer.from(original).toString('base64') }
    if (original instanceof Map) return { [MAP]: [...original] }
    return replaced
  })
}
function isTagged(value, tag) {
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === tag
}
function deserializeEntry(text) {
  return JSON.parse(text, (_key, value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
    if (isTagged(value, BUFFER) && typeof value[BUFFER] === 'string') return Buffer.from(value[BUFFER], 'base64')
    if (isTagged(value, MAP) && Array.isArray(value[MAP])) return new Map(value[MAP])
    return value
  })
}

// lib/cache/tagLedger.ts
var TagLedger = class {
  constructor(store, hashKey) {
    this.store = store
    this.hashKey = hashKey
  }
  store
  hashKey
  local = /* @__PURE__ */ new Map()
  unwritten = /* @__PURE__ */ new Set()
  async revalidate(tags, at) {
    for (const tag of tags) {
      this.local.set(tag, at)
      this.unwritten.add(tag)
    }
    await this.write(at)
  }
  /** Writes the revalidations Redis missed; called once Redis answers again. */
  async flush() {
    if (this.unwritten.size > 0) await this.write(Date.now())
  }
  /**
   * Whether any of the tags was revalidated after `since` (ms), here or, when `askRedis`, on another
   * instance (not asked when Redis just failed to answer).
   */
  async revalidatedSince(tags, since, askRedis = true) {
    if (tags.length === 0) return false
    if (tags.some((tag) => (this.local.get(tag) ?? 0) > since)) return true
    if (!askRedis) return false
    const times = await this.store.attempt((store) => store.hashGet(this.hashKey, [...tags]))
    if (times === UNAVAILABLE) return false
    return times.some((time) => time !== null && Number(time) > since)
  }
  async write(at) {
    const tags = [...this.unwritten]
    const values = Object.fromEntries(tags.map((tag) => [tag, String(at)]))
    const written = await this.store.attempt((store) => store.hashSet(this.hashKey, values))
    if (written !== UNAVAILABLE) for (const tag of tags) this.unwritten.delete(tag)
  }
}

// lib/cache/redisCacheHandler.ts
var ONE_YEAR_S = 365 * 24 * 60 * 60
var FETCH_STALE_FACTOR = 1.5
var DEFAULT_LOCAL_COPY_BYTES = 50 * 1024 * 1024
var NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags'
function tagsOf(value, ctx) {
  if (ctx.fetchCache) return ctx.tags ?? []
  if (value && 'headers' in value) {
    const header = value.headers?.[NEXT_CACHE_TAGS_HEADER]
    if (typeof header === 'string') return header.split(',').filter(Boolean)
  }
  return []
}
function lifetimeSeconds(value, ctx) {
  const seconds =
    value && 'data' in value
      ? value.revalidate * FETCH_STALE_FACTOR
      : 'cacheControl' in ctx
        ? ctx.cacheControl?.expire
        : void 0
  return typeof seconds === 'number' && seconds > 0 ? Math.min(seconds, ONE_YEAR_S) : ONE_YEAR_S
}
function createCacheHandler(depsFor) {
  return class RedisCacheHandler {
    deps
    constructor(ctx) {
      this.deps = depsFor(ctx)
    }
    async get(key, ctx) {
      const { store, local, tags, namespace } = this.deps
      const text = await store.attempt((redis) => redis.get(namespace + key))
      let entry
      if (text !== UNAVAILABLE) await tags.flush()
      if (text === UNAVAILABLE) {
        entry = local.get(key)
      } else if (text === null) {
        local.delete(key)
        return null
      } else {
        entry = deserializeEntry(text)
        local.set(key, entry, text.length)
      }
      if (!entry || entry.expiresAt <= Date.now()) return null
      const requestTags = 'tags' in ctx || 'softTags' in ctx ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : []
      const entryTags = [.../* @__PURE__ */ new Set([...entry.tags, ...requestTags])]
      if (await tags.revalidatedSince(entryTags, entry.lastModified, text !== UNAVAILABLE)) return null
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
    }
    async set(key, value, ctx) {
      const { store, local, namespace } = this.deps
      const lastModified = Date.now()
      const ttlMs = lifetimeSeconds(value, ctx) * 1e3
      const entry = {
        value,
        lastModified,
        tags: tagsOf(value, ctx),
        cacheControl: 'cacheControl' in ctx ? ctx.cacheControl : void 0,
        expiresAt: lastModified + ttlMs,
      }
      const text = serializeEntry(entry)
      local.set(key, entry, text.length)
      await store.attempt((redis) => redis.set(namespace + key, text, ttlMs))
    }
    async revalidateTag(tagOrTags) {
      await this.deps.tags.revalidate([tagOrTags].flat(), Date.now())
    }
    resetRequestCache() {}
  }
}
function buildIdOf(ctx) {
  try {
    return ctx.serverDistDir
      ? (0, import_node_fs.readFileSync)((0, import_node_path.join)(ctx.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
      : 'development'
  } catch {
    return 'unknown-build'
  }
}
var NO_REDIS = { attempt: async () => UNAVAILABLE }
function cacheHandlerDeps(store, buildId, localCopyBytes) {
  const namespace = `clinic-blog:${buildId}:`
  return {
    store,
    local: new LocalCopy(localCopyBytes),
    tags: new TagLedger(store, `${namespace}tags`),
    namespace: `${namespace}entry:`,
  }
}
var processDeps
function depsFromEnvironment(ctx) {
  if (processDeps) return processDeps
  const url = process.env.REDIS_URL
  if (!url) console.error("[cache] REDIS_URL is not set: the cache is this process's memory only, not shared")
  const store = url ? sharedRedis(url) : NO_REDIS
  processDeps = cacheHandlerDeps(store, buildIdOf(ctx), ctx.maxMemoryCacheSize || DEFAULT_LOCAL_COPY_BYTES)
  return processDeps
}
var redisCacheHandler_default = createCacheHandler(depsFromEnvironment)
// Annotate the CommonJS export names for ESM import in node:
0 &&
  (module.exports = {
    cacheHandlerDeps,
    createCacheHandler,
  })
