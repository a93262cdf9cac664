import { UNAVAILABLE, type GuardedStore } from './redisConnection'

/**
 * When each cache tag was last revalidated, in one Redis hash every instance reads: the shared
 * counterpart of Next's tags manifest. An entry written before one of its tags was revalidated is
 * out of date, on every instance, whichever instance received the revalidation.
 *
 * Revalidations are also kept in this process, so this instance honours its own even while Redis is
 * unreachable; those that could not be written are written again (with the time they finally reach
 * Redis, which can only make more entries out of date, never fewer) once Redis answers.
 */
export class TagLedger {
  private readonly local = new Map<string, number>()
  private readonly unwritten = new Set<string>()

  constructor(
    private readonly store: GuardedStore,
    private readonly hashKey: string,
  ) {}

  async revalidate(tags: readonly string[], at: number): Promise<void> {
    for (const tag of tags) {
      this.local.set(tag, at)
      this.unwritten.add(tag)
    }
    await this.write(at)
  }

  /** Writes the revalidations Redis missed; called once Redis answers again. */
  async flush(): Promise<void> {
    if (this.unwritten.size > 0) await this.write(Date.now())
  }

  /**
   * Whether any of the tags was revalidated after `since` (ms), here or, when `askRedis`, on another
   * instance (not asked when Redis just failed to answer).
   */
  async revalidatedSince(tags: readonly string[], since: number, askRedis = true): Promise<boolean> {
    if (tags.length === 0) return false
    if (tags.some((tag) => (this.local.get(tag) ?? 0) > since)) return true
    if (!askRedis) return false
    const times = await this.store.attempt((store) => store.hashGet(this.hashKey, [...tags]))
    if (times === UNAVAILABLE) return false
    return times.some((time) => time !== null && Number(time) > since)
  }

  private async write(at: number): Promise<void> {
    const tags = [...this.unwritten]
    const values = Object.fromEntries(tags.map((tag) => [tag, String(at)]))
    const written = await this.store.attempt((store) => store.hashSet(this.hashKey, values))
    if (written !== UNAVAILABLE) for (const tag of tags) this.unwritten.delete(tag)
  }
}
