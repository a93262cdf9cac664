import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CacheHandler, CacheHandlerContext, CacheHandlerValue } from 'next/dist/server/lib/incremental-cache'
import { LocalCopy } from './localCopy'
import { sharedRedis, UNAVAILABLE, type GuardedStore } from './redisConnection'
import { deserializeEntry, serializeEntry } from './serializeEntry'
import { TagLedger } from './tagLedger'

type GetContext = Parameters<CacheHandler['get']>[1]
type SetContext = Parameters<CacheHandler['set']>[2]
type CacheValue = Parameters<CacheHandler['set']>[1]

/** What is stored under one key: Next's value, when it was written, its tags and its lifetime. */
type StoredEntry = Pick<CacheHandlerValue, 'lastModified' | 'cacheControl'> & {
  value: CacheValue
  tags: string[]
  /** ms since 1970; the local copy honours it as Redis honours the key's TTL. */
  expiresAt: number
}

/** The state one server process shares between the handler instances Next creates per request. */
export type CacheHandlerDeps = {
  store: GuardedStore
  local: LocalCopy<StoredEntry>
  tags: TagLedger
  /** Prefix of every entry key: one namespace per build, so a deploy never serves the last one's pages. */
  namespace: string
}

// Next's own default (expireTime): nothing is kept longer than a year.
const ONE_YEAR_S = 365 * 24 * 60 * 60
// A cached fetch is served stale while it is refetched: kept half as long again as it is fresh.
const FETCH_STALE_FACTOR = 1.5
const DEFAULT_LOCAL_COPY_BYTES = 50 * 1024 * 1024
const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags'

function tagsOf(value: CacheValue, ctx: SetContext): string[] {
  if (ctx.fetchCache) return ctx.tags ?? []
  if (value && 'headers' in value) {
    // Pages and route handlers carry their tags, the implicit `_N_T_/…` path tags included, here.
    const header = value.headers?.[NEXT_CACHE_TAGS_HEADER]
    if (typeof header === 'string') return header.split(',').filter(Boolean)
  }
  return []
}

function lifetimeSeconds(value: CacheValue, ctx: SetContext): number {
  const seconds =
    value && 'data' in value
      ? value.revalidate * FETCH_STALE_FACTOR
      : 'cacheControl' in ctx
        ? ctx.cacheControl?.expire
        : undefined
  // No lifetime (or `revalidate: false` where a number is typed) is kept as long as Next would.
  return typeof seconds === 'number' && seconds > 0 ? Math.min(seconds, ONE_YEAR_S) : ONE_YEAR_S
}

/**
 * Next's incremental cache (ISR pages of both routers, route handlers, the fetch data cache) on a
 * Redis shared by every instance. Redis is the truth; the local copy is what is served while Redis
 * is unreachable or slow, so the site keeps answering from what it last knew instead of failing.
 */
export function createCacheHandler(depsFor: (ctx: CacheHandlerContext) => CacheHandlerDeps) {
  return class RedisCacheHandler implements CacheHandler {
    private readonly deps: CacheHandlerDeps

    constructor(ctx: CacheHandlerContext) {
      this.deps = depsFor(ctx)
    }

    async get(key: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
      const { store, local, tags, namespace } = this.deps
      const text = await store.attempt((redis) => redis.get(namespace + key))
      let entry: StoredEntry | undefined
      if (text !== UNAVAILABLE) await tags.flush()
      if (text === UNAVAILABLE) {
        entry = local.get(key)
      } else if (text === null) {
        // Expired, evicted or never written: Redis is the truth, so this instance renders it anew too.
        local.delete(key)
        return null
      } else {
        entry = deserializeEntry(text) as StoredEntry
        local.set(key, entry, text.length)
      }
      if (!entry || entry.expiresAt <= Date.now()) return null
      const requestTags = 'tags' in ctx || 'softTags' in ctx ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : []
      // A revalidated tag makes the entry a miss, rendered before it is served (what Next's own handler
      // does for an expired tag), on all instances. Serving it stale first could not be honest here:
      // a page regenerated in the background would read the same stale fetch entries.
      const entryTags = [...new Set([...entry.tags, ...requestTags])]
      if (await tags.revalidatedSince(entryTags, entry.lastModified, text !== UNAVAILABLE)) return null
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
    }

    async set(key: string, value: CacheValue, ctx: SetContext): Promise<void> {
      const { store, local, namespace } = this.deps
      const lastModified = Date.now()
      const ttlMs = lifetimeSeconds(value, ctx) * 1000
      const entry: StoredEntry = {
        value,
        lastModified,
        tags: tagsOf(value, ctx),
        cacheControl: 'cacheControl' in ctx ? ctx.cacheControl : undefined,
        expiresAt: lastModified + ttlMs,
      }
      const text = serializeEntry(entry)
      local.set(key, entry, text.length)
      await store.attempt((redis) => redis.set(namespace + key, text, ttlMs))
    }

    async revalidateTag(tagOrTags: string | string[]): Promise<void> {
      // `durations` (revalidateTag's profile) is not needed: every revalidation makes entries a miss (see get).
      await this.deps.tags.revalidate([tagOrTags].flat(), Date.now())
    }

    resetRequestCache(): void {
      // Nothing is memoized per request: every get asks Redis.
    }
  }
}

function buildIdOf(ctx: CacheHandlerContext): string {
  try {
    return ctx.serverDistDir ? readFileSync(join(ctx.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() : 'development'
  } catch {
    return 'unknown-build'
  }
}

const NO_REDIS: GuardedStore = { attempt: async () => UNAVAILABLE }

/** A process's state: entries and tags namespaced by build, a local copy of `localCopyBytes`. */
export function cacheHandlerDeps(store: GuardedStore, buildId: string, localCopyBytes: number): CacheHandlerDeps {
  const namespace = `clinic-blog:${buildId}:`
  return {
    store,
    local: new LocalCopy(localCopyBytes),
    tags: new TagLedger(store, `${namespace}tags`),
    namespace: `${namespace}entry:`,
  }
}

let processDeps: CacheHandlerDeps | undefined

function depsFromEnvironment(ctx: CacheHandlerContext): CacheHandlerDeps {
  if (processDeps) return processDeps
  const url = process.env.REDIS_URL
  // A build configured with the handler but started without REDIS_URL (a standalone server's config is
  // fixed at build time) still serves: from this process's copy alone, like a single server.
  if (!url) console.error("[cache] REDIS_URL is not set: the cache is this process's memory only, not shared")
  const store = url ? sharedRedis(url) : NO_REDIS
  processDeps = cacheHandlerDeps(store, buildIdOf(ctx), ctx.maxMemoryCacheSize || DEFAULT_LOCAL_COPY_BYTES)
  return processDeps
}

export default createCacheHandler(depsFromEnvironment)
