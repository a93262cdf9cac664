/**
 * Logs a failing dependency at most once a period: a Redis that is down fails every request, and
 * one line a minute (with how many failures it stands for) says so without flooding the log.
 */
export function createFailureLog(what: string, periodMs = 60_000, now: () => number = Date.now) {
  let loggedAt = -Infinity
  let unlogged = 0
  return (error: unknown): void => {
    unlogged++
    if (now() - loggedAt < periodMs) return
    const message = error instanceof Error ? error.message : String(error)
    const more = unlogged > 1 ? ` (${unlogged} failures since the last report)` : ''
    console.error(`[cache] ${what}: ${message}${more}`)
    loggedAt = now()
    unlogged = 0
  }
}

export type FailureLog = ReturnType<typeof createFailureLog>
