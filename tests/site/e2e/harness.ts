export type Check = { name: string; run: () => Promise<void> }

export class CheckFailure extends Error {}

/** Fails the current check with every problem found, one per line. */
export function expectNone(problems: string[], what: string) {
  if (problems.length > 0) throw new CheckFailure(`${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
}

export function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message)
}

/** Runs the checks one after another (the machine is shared) and reports each as it ends. */
export async function runChecks(checks: Check[]): Promise<{ passed: number; failed: number }> {
  let passed = 0
  let failed = 0
  for (const check of checks) {
    const started = Date.now()
    try {
      await check.run()
      passed++
      console.log(`ok   ${check.name} (${Date.now() - started} ms)`)
    } catch (error) {
      failed++
      const detail =
        error instanceof CheckFailure
          ? error.message
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error)
      console.log(`FAIL ${check.name}\n${detail.replace(/^/gm, '     ')}`)
    }
  }
  return { passed, failed }
}
